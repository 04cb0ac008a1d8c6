# Runs crossfoot with --format sarif on INPUT and validates the log with tests/sarif/validate.mjs
# (the official SARIF 2.1.0 schema with ajv, and GitHub's own requirements). EXPECT_RESULTS is
# the number of results the log must hold.
set(ENV{CROSSFOOT_VERSION_OVERRIDE} "test")
set(log ${LOG})
execute_process(COMMAND ${BIN} check --format sarif --output ${log} ${INPUT}
  WORKING_DIRECTORY ${WORKDIR} RESULT_VARIABLE code ERROR_VARIABLE errors)
if(code GREATER 1)
  message(FATAL_ERROR "crossfoot failed (${code}): ${errors}")
endif()
execute_process(COMMAND node ${SOURCE_DIR}/tests/sarif/validate.mjs
    ${SOURCE_DIR}/tests/data/sarif/sarif-2.1.0-rtm.5.json ${log}
  RESULT_VARIABLE valid OUTPUT_VARIABLE out ERROR_VARIABLE problems)
if(NOT valid EQUAL 0)
  message(FATAL_ERROR "invalid SARIF for ${INPUT}:\n${problems}${out}")
endif()
if(NOT out MATCHES "valid SARIF 2.1.0, ${EXPECT_RESULTS} result")
  message(FATAL_ERROR "expected ${EXPECT_RESULTS} result(s): ${out}")
endif()
message(STATUS "${out}")
