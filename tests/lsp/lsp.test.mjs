// `crossfoot lsp` end to end, driven by the client library VS Code uses
// (vscode-languageserver-protocol) over the server's stdin and stdout.
//   CROSSFOOT_BIN=build/dev/crossfoot node --test tests/lsp/lsp.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
} from "vscode-languageserver-protocol/node";

const bin = process.env.CROSSFOOT_BIN;
assert.ok(bin, "CROSSFOOT_BIN names the crossfoot binary");
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixture = readFileSync(join(root, "fixtures/rules/footing/fail-less-attributable-loss.txt"), "utf8");
// A character outside the BMP in the failing total's label: one character for crossfoot,
// two UTF-16 code units for the editor.
const label = "Net loss attributable to Quillmere Networks";
const release = fixture.replace(label, label.replace("Quillmere", "Quillm\u{1D11E}re"));
const totalLine = 22;

function start(options = {}) {
  const child = spawn(bin, ["lsp", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    published.push(params);
    for (const w of [...waiters]) if (w.match(params)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(params); }
  });
  connection.listen();
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  const diagnostics = (match) => {
    const found = published.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => waiters.push({ match, resolve }));
  };
  const initialize = () => connection.sendRequest("initialize", {
    processId: process.pid, rootUri: null, capabilities: {},
    initializationOptions: { ruleDocsUrl: "https://docs.example.org/rules/{rule}" }, ...options,
  });
  return { child, connection, published, diagnostics, initialize, exited };
}

async function stop(server) {
  await server.connection.sendRequest("shutdown");
  server.connection.sendNotification("exit");
  assert.equal(await server.exited, 0);
  server.connection.dispose();
}

function workspace(files) {
  const dir = mkdtempSync(join(tmpdir(), "crossfoot-lsp-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const open = (server, uri, text, version = 1) =>
  server.connection.sendNotification("textDocument/didOpen",
    { textDocument: { uri, languageId: "plaintext", version, text } });

test("initialize announces the server's capabilities", async () => {
  const server = start();
  const result = await server.initialize();
  assert.equal(result.capabilities.textDocumentSync.change, 2);
  assert.equal(result.capabilities.textDocumentSync.openClose, true);
  assert.equal(result.capabilities.hoverProvider, true);
  assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ["quickfix"]);
  assert.equal(result.serverInfo.name, "crossfoot");
  server.connection.sendNotification("initialized", {});
  await stop(server);
});

test("diagnostics in UTF-16 with related figures and a rule link; the quick fix clears them", async () => {
  const dir = workspace({ "release.txt": release });
  const uri = pathToFileURL(join(dir, "release.txt")).href;
  const server = start();
  await server.initialize();
  server.connection.sendNotification("initialized", {});
  open(server, uri, release);
  const first = await server.diagnostics((p) => p.uri === uri && p.version === 1);
  assert.equal(first.diagnostics.length, 1);
  const d = first.diagnostics[0];
  assert.equal(d.code, "footing");
  assert.equal(d.severity, 1);
  assert.match(d.message, /does not foot/);
  // "(9,651)" is at character column 51 (1-based); the surrogate pair before it adds a unit.
  assert.deepEqual(d.range, { start: { line: totalLine, character: 51 }, end: { line: totalLine, character: 58 } });
  assert.equal(d.codeDescription.href, "https://docs.example.org/rules/footing");
  assert.equal(d.relatedInformation.length, 2);
  assert.equal(d.relatedInformation[0].location.uri, uri);
  assert.equal(d.relatedInformation[0].location.range.start.line, 18);

  const actions = await server.connection.sendRequest("textDocument/codeAction", {
    textDocument: { uri }, range: d.range, context: { diagnostics: [d] },
  });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, "quickfix");
  const [edit] = actions[0].edit.changes[uri];
  assert.deepEqual(edit.range, d.range);
  assert.equal(edit.newText, "(9,551)");

  // Apply the fix as an editor does, as an incremental change: the finding goes.
  server.connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }],
  });
  const second = await server.diagnostics((p) => p.uri === uri && p.version === 2);
  assert.deepEqual(second.diagnostics, []);

  // Hover on the fixed total: the relation it takes part in, with its arithmetic.
  const hover = await server.connection.sendRequest("textDocument/hover", {
    textDocument: { uri }, position: { line: totalLine, character: 53 },
  });
  assert.match(hover.contents.value, /`footing` holds: \(9,963\) - \(412\)/);
  assert.deepEqual(hover.range, d.range);
  server.connection.sendNotification("textDocument/didSave", { textDocument: { uri } });
  server.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  const closed = await server.diagnostics((p) => p.uri === uri && p.version === undefined);
  assert.deepEqual(closed.diagnostics, []);
  await stop(server);
});

test("full-text changes; a burst of changes ends with the last version's diagnostics", async () => {
  const uri = "untitled:burst";
  const server = start();
  await server.initialize();
  open(server, uri, release);
  const fixed = release.replace("(9,651)", "(9,551)");
  for (let v = 2; v <= 30; ++v)
    server.connection.sendNotification("textDocument/didChange",
      { textDocument: { uri, version: v }, contentChanges: [{ text: v % 2 ? release : fixed }] });
  const last = await server.diagnostics((p) => p.uri === uri && p.version === 30);
  assert.deepEqual(last.diagnostics, []);
  // Checks of older versions never arrive after a newer one.
  const versions = server.published.filter((p) => p.uri === uri).map((p) => p.version);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
  assert.ok(versions.length < 30, `older checks were dropped (${versions.length} published)`);
  await stop(server);
});

test("rapid changes of a long release: only the last version is published", async () => {
  // About 1 MB: each check takes seconds, far longer than the burst of changes takes to arrive,
  // so every older check is stopped (or dropped from the queue) before it could publish.
  const long = release.repeat(700);
  const uri = "untitled:long";
  const server = start();
  await server.initialize();
  open(server, uri, long);
  for (let v = 2; v <= 6; ++v)
    server.connection.sendNotification("textDocument/didChange",
      { textDocument: { uri, version: v }, contentChanges: [{ text: v === 6 ? release : long + "\n".repeat(v) }] });
  const last = await server.diagnostics((p) => p.uri === uri && p.version === 6);
  assert.equal(last.diagnostics.length, 1);
  assert.deepEqual(server.published.filter((p) => p.uri === uri).map((p) => p.version), [6]);
  await stop(server);
});

test("a config error is a diagnostic on the config; fixing it checks the release again", async () => {
  const dir = workspace({
    "crossfoot.toml": 'select = ["footing"]\nfail-on = "sometimes"\n',
    "drafts/release.txt": release,
  });
  const config = pathToFileURL(join(dir, "crossfoot.toml")).href;
  const uri = pathToFileURL(join(dir, "drafts/release.txt")).href;
  const server = start();
  await server.initialize();
  open(server, uri, release);
  const onConfig = await server.diagnostics((p) => p.uri === config && p.diagnostics.length > 0);
  assert.equal(onConfig.diagnostics[0].range.start.line, 1);
  assert.match(onConfig.diagnostics[0].message, /fail-on/);
  const onRelease = await server.diagnostics((p) => p.uri === uri);
  assert.match(onRelease.diagnostics[0].message, /not checked: .*crossfoot.toml has an error/);
  assert.equal(onRelease.diagnostics[0].relatedInformation[0].location.uri, config);

  // Fixed, and redefining the footing rule: its diagnostics link to the definition.
  writeFileSync(join(dir, "crossfoot.toml"), 'select = ["footing"]\n[[rule]]\nid = "footing"\n' +
    'kind = "footing"\nsummary = "Totals foot."\nseverity = "error"\n');
  server.connection.sendNotification("textDocument/didSave", { textDocument: { uri: config } });
  const cleared = await server.diagnostics((p) => p.uri === config && p.diagnostics.length === 0);
  assert.deepEqual(cleared.diagnostics, []);
  const checked = await server.diagnostics((p) => p.uri === uri && p.diagnostics.some((d) => d.code === "footing"));
  assert.equal(checked.diagnostics.length, 1);
  assert.equal(checked.diagnostics[0].codeDescription.href, `${config}#L2`);
  await stop(server);
});

test("the project's baseline applies in the editor; rule links go to docs/rules.md at docs-url", async () => {
  const docs = "https://docs.example.org/crossfoot/docs/rules.md";
  const dir = workspace({
    "crossfoot.toml": `baseline = "crossfoot-baseline.json"\ndocs-url = "${docs}"\n`,
    "drafts/release.txt": release,
    "drafts/copy.txt": release,
  });
  // Accepted in CI as `crossfoot check` writes it, paths relative to where it ran.
  const written = spawnSync(resolve(bin), ["check", "--write-baseline", "crossfoot-baseline.json", "drafts/release.txt"],
    { cwd: dir, encoding: "utf8" });
  assert.equal(written.status, 0, written.stderr);
  assert.match(readFileSync(join(dir, "crossfoot-baseline.json"), "utf8"), /"path": "drafts\/release.txt"/);
  const uri = pathToFileURL(join(dir, "drafts/release.txt")).href;
  const copy = pathToFileURL(join(dir, "drafts/copy.txt")).href;
  const server = start({ initializationOptions: {} });
  await server.initialize();
  open(server, uri, release);
  open(server, copy, release);
  const accepted = await server.diagnostics((p) => p.uri === uri && p.version === 1);
  assert.deepEqual(accepted.diagnostics, [], "the baselined finding is not published");
  // The same slip in a file the baseline does not name is published, linked to its rule's row.
  const other = await server.diagnostics((p) => p.uri === copy && p.version === 1);
  assert.equal(other.diagnostics.length, 1);
  assert.equal(other.diagnostics[0].codeDescription.href, `${docs}#rule-footing`);
  // A different slip in the baselined file is new: published, and the stale entry noted.
  server.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 },
    contentChanges: [{ text: release.replace("(9,651)", "(9,650)") }] });
  const changed = await server.diagnostics((p) => p.uri === uri && p.version === 2);
  assert.deepEqual(changed.diagnostics.map((d) => d.code).sort(), ["baseline", "footing"]);
  await stop(server);
});

test("requests before initialize, unknown methods and bad params get JSON-RPC errors", async () => {
  const server = start();
  await assert.rejects(server.connection.sendRequest("textDocument/hover", {}), { code: -32002 });
  await server.initialize();
  await assert.rejects(server.connection.sendRequest("crossfoot/nothing", {}), { code: -32601 });
  await assert.rejects(server.connection.sendRequest("textDocument/hover", { position: 1 }), { code: -32602 });
  await stop(server);
});

// Frames no client library would write: raw bytes on stdin, replies read off stdout.
function raw(bytes) {
  return new Promise((resolve) => {
    const child = spawn(bin, ["lsp"], { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => { out += chunk; });
    child.on("exit", (code) => resolve({ code, out }));
    child.stdin.end(bytes);
  });
}

function frame(message) {
  const body = typeof message === "string" ? message : JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

test("malformed frames and wrong Content-Length get errors, and the server goes on", async () => {
  const { code, out } = await raw(
    "Content-Type: application/json\r\n\r\n" +              // no Content-Length
    "Content-Length: twelve\r\n\r\n" +                       // not a number
    frame("{\"jsonrpc\": \"2.0\", \"id\": 1,") +             // not JSON
    "Content-Length: 4\r\n\r\n{\"jsonrpc\":\"2.0\"}" +       // too short: the rest is no header
    frame({ jsonrpc: "2.0", id: 2, method: "initialize", params: { capabilities: {} } }) +
    frame({ jsonrpc: "2.0", id: 3, method: "shutdown" }) +
    frame({ jsonrpc: "2.0", method: "exit" }));
  assert.equal(code, 0);
  const bodies = out.split(/Content-Length: \d+\r\n\r\n/).filter(Boolean).map((b) => JSON.parse(b));
  const errors = bodies.filter((b) => b.error).map((b) => b.error.code);
  assert.ok(errors.length >= 4, JSON.stringify(bodies));
  assert.ok(errors.every((c) => c === -32700 || c === -32600), JSON.stringify(errors));
  assert.ok(bodies.some((b) => b.id === 2 && b.result.capabilities));
  assert.ok(bodies.some((b) => b.id === 3 && b.result === null));
});

test("exit without shutdown ends with 1; end of input too", async () => {
  assert.equal((await raw(frame({ jsonrpc: "2.0", method: "exit" }))).code, 1);
  assert.equal((await raw("")).code, 1);
});
