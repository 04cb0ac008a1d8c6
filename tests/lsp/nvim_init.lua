-- The README's Neovim setup, verbatim below the first line, which puts the built crossfoot on
-- PATH for tests/lsp/neovim.cmake.
vim.env.PATH = vim.env.CROSSFOOT_BIN_DIR .. ":" .. vim.env.PATH
-- crossfoot for plain-text releases: one server for every buffer.
local crossfoot
vim.api.nvim_create_autocmd("FileType", {
  pattern = "text",
  callback = function(args)
    crossfoot = crossfoot or vim.lsp.start_client({
      name = "crossfoot",
      cmd = { "crossfoot", "lsp" },
      root_dir = vim.fn.getcwd(),
    })
    vim.lsp.buf_attach_client(args.buf, crossfoot)
  end,
})
