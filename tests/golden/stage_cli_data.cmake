# Builds the CLI tests' inputs in the build tree from the one stored copy of the seed release
# (SEED), so no test keeps a copy of it:
#
#   STAGE/planted/release.txt          the seed with one total planted wrong: the only "13,329"
#                                      (TOTAL CURRENT ASSETS, 05/29/04, line 315) becomes "13,429"
#   STAGE/config/*/                    DATA/config/* (the crossfoot.toml files) with the planted
#                                      release beside them (broken/release.txt,
#                                      project/drafts/release.txt)
#   STAGE/mixed/                       DATA/mixed/* with the seed as release.txt and link.txt, a
#                                      symbolic link to it (directory walks must not follow it)
#
# Run by the CTest fixture `cli_data` before every test that reads STAGE.
set(planted_from "13,329")
set(planted_to "13,429")

file(READ ${SEED} seed)
string(FIND "${seed}" "${planted_from}" first)
string(FIND "${seed}" "${planted_from}" last REVERSE)
if(first EQUAL -1 OR NOT first EQUAL last)
  message(FATAL_ERROR "${SEED}: expected exactly one '${planted_from}' to plant an error in")
endif()
string(REPLACE "${planted_from}" "${planted_to}" planted "${seed}")

file(REMOVE_RECURSE ${STAGE})
file(MAKE_DIRECTORY ${STAGE})
file(COPY ${DATA}/config ${DATA}/mixed DESTINATION ${STAGE})
file(WRITE ${STAGE}/planted/release.txt "${planted}")
file(WRITE ${STAGE}/config/broken/release.txt "${planted}")
file(WRITE ${STAGE}/config/project/drafts/release.txt "${planted}")
file(WRITE ${STAGE}/mixed/release.txt "${seed}")
file(CREATE_LINK release.txt ${STAGE}/mixed/link.txt SYMBOLIC)
