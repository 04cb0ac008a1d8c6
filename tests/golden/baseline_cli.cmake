# The baseline end to end, with the exit codes docs/baseline.md promises: writing one exits 0;
# checking against it leaves the accepted findings out (0, "3 baselined"); a new slip fails
# (1) while the accepted ones stay accepted; a file that is not a baseline is an input error (2).
set(ENV{CROSSFOOT_VERSION_OVERRIDE} "test")
set(ENV{NO_COLOR} "1")
file(REMOVE_RECURSE ${WORKDIR})
file(MAKE_DIRECTORY ${WORKDIR})
file(COPY_FILE ${INPUT} ${WORKDIR}/release.txt)

function(run expect_code expect_output)
  execute_process(COMMAND ${BIN} check ${ARGN} WORKING_DIRECTORY ${WORKDIR}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
  if(NOT code EQUAL expect_code OR NOT "${out}${err}" MATCHES "${expect_output}")
    message(FATAL_ERROR "crossfoot check ${ARGN}: exit ${code} (expected ${expect_code}), "
                        "output must match '${expect_output}':\n${out}${err}")
  endif()
endfunction()

run(1 "3 errors" release.txt)
run(0 "3 errors" --write-baseline baseline.json release.txt)
if(NOT EXISTS ${WORKDIR}/baseline.json)
  message(FATAL_ERROR "--write-baseline wrote no file")
endif()
run(0 "0 errors, 0 warnings, [0-9]+ relations checked, [0-9]+ held, 3 baselined\n" --baseline baseline.json release.txt)
run(0 "\"baselined\": 3" --baseline baseline.json --format json release.txt)
# Moved lines: three lines of prose added at the top keep the findings accepted.
file(READ ${WORKDIR}/release.txt text)
file(WRITE ${WORKDIR}/release.txt "A new first line.\n\nAnother.\n${text}")
run(0 "3 baselined" --baseline baseline.json release.txt)
# A new slip in the other column is reported; the accepted findings stay accepted.
string(REPLACE "18,570" "18,670" text "${text}")
file(WRITE ${WORKDIR}/release.txt "${text}")
run(1 "error: 'TOTAL CURRENT ASSETS' does not foot in column '11/29/03'.*3 baselined" --baseline baseline.json release.txt)
file(WRITE ${WORKDIR}/broken.json "{}")
run(2 "broken.json: error: not a crossfoot baseline" --baseline broken.json release.txt)
