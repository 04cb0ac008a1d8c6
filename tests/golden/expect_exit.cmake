# Runs crossfoot with ARGS and checks its exit code and that its output matches REGEX.
set(ENV{NO_COLOR} "1")
execute_process(COMMAND ${BIN} ${ARGS} WORKING_DIRECTORY ${SOURCE_DIR}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
if(NOT code EQUAL CODE)
  message(FATAL_ERROR "expected exit ${CODE}, got ${code}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT "${out}${err}" MATCHES "${REGEX}")
  message(FATAL_ERROR "output does not match '${REGEX}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
