# Runs crossfoot with --format sarif on INPUT and validates the log with tests/sarif/validate.mjs
# (the official SARIF 2.1.0 schema with ajv, and GitHub's own requirements). EXPECT_RESULTS is
# the number of results the log must hold. With CONFIG, crossfoot runs with --config CONFIG, and
# with DOCS every rule's helpUri must point at its row in DOCS (docs/rules.md).
set(ENV{CROSSFOOT_VERSION_OVERRIDE} "test")
set(log ${LOG})
set(config_args)
if(DEFINED CONFIG)
  set(config_args --config ${CONFIG})
endif()
execute_process(COMMAND ${BIN} check --format sarif --output ${log} ${config_args} ${INPUT}
  WORKING_DIRECTORY ${WORKDIR} RESULT_VARIABLE code ERROR_VARIABLE errors)
if(code GREATER 1)
  message(FATAL_ERROR "crossfoot failed (${code}): ${errors}")
endif()
execute_process(COMMAND node ${SOURCE_DIR}/tests/sarif/validate.mjs
    ${SOURCE_DIR}/tests/data/sarif/sarif-2.1.0-rtm.5.json ${log} ${DOCS}
  RESULT_VARIABLE valid OUTPUT_VARIABLE out ERROR_VARIABLE problems)
if(NOT valid EQUAL 0)
  message(FATAL_ERROR "invalid SARIF for ${INPUT}:\n${problems}${out}")
endif()
if(DEFINED DOCS AND NOT out MATCHES "rules link to their rows")
  message(FATAL_ERROR "no helpUri was checked: ${out}")
endif()
if(NOT out MATCHES "valid SARIF 2.1.0, ${EXPECT_RESULTS} result")
  message(FATAL_ERROR "expected ${EXPECT_RESULTS} result(s): ${out}")
endif()
message(STATUS "${out}")
