# Runs crossfoot on one fixture and compares its output with the golden file beside it.
# CROSSFOOT_UPDATE_GOLDEN=1 rewrites the golden instead.
set(ENV{CROSSFOOT_VERSION_OVERRIDE} "test")
set(ENV{NO_COLOR} "1")
# FORMAT "facts" pins what extraction saw (tables, prose, sentences, located figures).
if(FORMAT STREQUAL "facts")
  set(command ${BIN} facts ${INPUT})
else()
  set(command ${BIN} check --checks --format ${FORMAT} ${INPUT})
endif()
execute_process(
  COMMAND ${command}
  WORKING_DIRECTORY ${SOURCE_DIR}
  OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE code)
string(APPEND output "${errors}[exit ${code}]\n")
get_filename_component(name ${INPUT} NAME)
if(name MATCHES "^pass-" AND NOT code EQUAL 0 AND NOT FORMAT STREQUAL "facts")
  message(FATAL_ERROR "${INPUT}: a pass case must exit 0, got ${code}\n${output}")
endif()
if(name MATCHES "^fail-" AND NOT code EQUAL 1 AND NOT FORMAT STREQUAL "facts")
  message(FATAL_ERROR "${INPUT}: a fail case must exit 1, got ${code}\n${output}")
endif()
set(golden_path ${SOURCE_DIR}/${GOLDEN})
if(DEFINED ENV{CROSSFOOT_UPDATE_GOLDEN})
  file(WRITE ${golden_path} "${output}")
  return()
endif()
if(NOT EXISTS ${golden_path})
  message(FATAL_ERROR "no golden file ${GOLDEN}; create it with:\n  CROSSFOOT_UPDATE_GOLDEN=1 ctest -R '${GOLDEN}'")
endif()
file(READ ${golden_path} expected)
if(NOT output STREQUAL expected)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/actual.out "${output}")
  execute_process(COMMAND diff -u ${golden_path} ${CMAKE_CURRENT_BINARY_DIR}/actual.out OUTPUT_VARIABLE diff)
  message(FATAL_ERROR "${GOLDEN} differs:\n${diff}\nIf the new output is right, refresh it with:\n"
                      "  CROSSFOOT_UPDATE_GOLDEN=1 ctest -R '${GOLDEN}'   (then read git diff)")
endif()
