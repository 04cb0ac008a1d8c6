# A reader that closes the pipe early (`crossfoot check ... | head -c 1`) ends the report
# quietly: no message on stderr, and crossfoot is not killed by SIGPIPE. The report is far
# larger than a pipe's buffer, so the write after the reader is gone always fails.
execute_process(
  COMMAND ${BIN} check --format json --checks fixtures/seeds fixtures/corpus
  COMMAND head -c 1
  WORKING_DIRECTORY ${SOURCE_DIR}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULTS_VARIABLE codes)
list(GET codes 0 code)
if(NOT code MATCHES "^[01]$")
  message(FATAL_ERROR "expected exit 0 or 1 from crossfoot, got '${code}'\nstderr:\n${err}")
endif()
if(NOT out STREQUAL "{")
  message(FATAL_ERROR "expected the first byte of the report, got '${out}'")
endif()
if(NOT err STREQUAL "")
  message(FATAL_ERROR "expected no message on stderr, got:\n${err}")
endif()
