# Neovim (Debian's 0.7.2) headless with the README's setup opens a failing release and must
# show crossfoot's finding at its place (0-based line 22, byte column 50).
set(work ${WORKDIR})
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
file(COPY ${SOURCE_DIR}/fixtures/rules/footing/fail-less-attributable-loss.txt DESTINATION ${work})
set(ENV{CROSSFOOT_BIN_DIR} ${BIN_DIR})
set(probe "lua vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end)
  local out = io.open('diagnostics.txt', 'w')
  for _, d in ipairs(vim.diagnostic.get(0)) do
    out:write(string.format('%d:%d %s %s\\n', d.lnum, d.col, d.code, d.message))
  end
  out:close()")
string(REPLACE "\n" " " probe "${probe}")
execute_process(
  COMMAND nvim --headless -u ${SOURCE_DIR}/tests/lsp/nvim_init.lua fail-less-attributable-loss.txt
    -c "${probe}" -c "qa!"
  WORKING_DIRECTORY ${work} TIMEOUT 60 RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(READ ${work}/diagnostics.txt shown)
if(NOT shown MATCHES "^22:50 footing 'Net loss attributable to Quillmere Networks' does not foot")
  message(FATAL_ERROR "Neovim did not show the finding (exit ${code}):\n${shown}${out}${err}")
endif()
message(STATUS "${shown}")
