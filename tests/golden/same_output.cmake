# The report is the same for --jobs 1 and --jobs 3 over a directory of many inputs.
execute_process(COMMAND ${BIN} check --checks --format json --jobs 1 fixtures WORKING_DIRECTORY ${SOURCE_DIR}
  OUTPUT_VARIABLE one RESULT_VARIABLE code_one)
execute_process(COMMAND ${BIN} check --checks --format json --jobs 3 fixtures WORKING_DIRECTORY ${SOURCE_DIR}
  OUTPUT_VARIABLE three RESULT_VARIABLE code_three)
if(NOT one STREQUAL three OR NOT code_one EQUAL code_three)
  message(FATAL_ERROR "--jobs changes the report (exit ${code_one} vs ${code_three})")
endif()
if(NOT one MATCHES "\"checks\": [1-9]")
  message(FATAL_ERROR "no checks were run over fixtures/")
endif()
