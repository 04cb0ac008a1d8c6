// `--format html` in a real browser: Debian's Chromium, headless, driven over WebDriver by
// chromedriver (both started here). The DOM is checked for the release laid out as it reads
// (tables as <table>s with their figures marked, in every input format), the relation popups on
// hover, keyboard navigation and the :target explanations that need no script; screenshots are
// written to OUT_DIR (and to docs/img with CROSSFOOT_UPDATE_SCREENSHOTS=1, which
// tests/report/screenshots.sh sets).
//   CROSSFOOT_BIN=build/dev/crossfoot OUT_DIR=/tmp/r node --test tests/report/report.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { mkdirSync, writeFileSync, readFileSync, copyFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = process.env.CROSSFOOT_BIN;
const out = process.env.OUT_DIR;
assert.ok(bin && out, "CROSSFOOT_BIN and OUT_DIR are set");
mkdirSync(out, { recursive: true });
const seed = "fixtures/seeds/001_bacc9e5458d3a0ba.txt";
const footing = "fixtures/rules/footing/fail-less-attributable-loss.txt";
// Real releases of fixtures/corpus: one read from EDGAR plain text with a footing slip, one
// from HTML as filed.
const corpusSlip = "fixtures/corpus/ICSL_2000-10-04_q2_restructuring_earnings.txt";
const corpusHtml = "fixtures/corpus/BKE_2024-11-22_q3fy24_earnings.htm";
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

function report(name, inputs, status = 1) {
  const file = join(out, name);
  const run = spawnSync(bin, ["check", "--format", "html", "--output", file, ...inputs],
    { cwd: root, encoding: "utf8" });
  assert.equal(run.status, status, run.stderr);
  return file;
}

const freePort = () => new Promise((resolve) => {
  const server = createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

let driver, base, session;

async function call(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method, headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}
const run = (script, ...args) => call("POST", `/session/${session}/execute/sync`, { script, args });
const go = (file, hash = "") => call("POST", `/session/${session}/url`, { url: pathToFileURL(file).href + hash });
const find = (css) => call("POST", `/session/${session}/element`, { using: "css selector", value: css });
const actions = (list) => call("POST", `/session/${session}/actions`, { actions: list });
const hover = (element) => actions([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" },
  actions: [{ type: "pointerMove", duration: 0, origin: element, x: 0, y: 0 }] }]);
const press = (key) => actions([{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }]);

const taken = new Set();
async function screenshot(name) {
  taken.add(name);
  const png = Buffer.from(await call("GET", `/session/${session}/screenshot`), "base64");
  assert.equal(png.subarray(1, 4).toString(), "PNG");
  assert.ok(png.length > 20000, `a screenshot with content (${png.length} bytes)`);
  writeFileSync(join(out, name), png);
  if (process.env.CROSSFOOT_UPDATE_SCREENSHOTS === "1") copyFileSync(join(out, name), join(root, "docs/img", name));
}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  driver = spawn("chromedriver", [`--port=${port}`], { stdio: "ignore" });
  for (let i = 0; i < 100; ++i) {
    try { if ((await call("GET", "/status")).ready) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const created = await call("POST", "/session", { capabilities: { alwaysMatch: {
    browserName: "chrome",
    "goog:chromeOptions": { binary: "/usr/bin/chromium",
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--hide-scrollbars"] },
  } } });
  session = created.sessionId;
});

after(async () => {
  if (session) await call("DELETE", `/session/${session}`).catch(() => {});
  driver?.kill();
});

test("the seed's report marks its figures; hover shows the relation and its figures", async () => {
  const file = report("report-seed001.html", [seed]);
  const html = readFileSync(file, "utf8");
  // The marks are in the page as written, not made by the script.
  assert.equal((html.match(/<mark class="fig discrepancy"/g) || []).length, 1 + 1);
  await go(file);
  const counts = await run(`return ["verified", "discrepancy", "unverified"].map(
      (s) => document.querySelectorAll(".release mark.fig." + s).length)`);
  assert.ok(counts[0] > 40, `verified marks: ${counts[0]}`);
  assert.equal(counts[1], 1);
  assert.match(await run(`return document.querySelector(".counts").textContent`),
    /1 file checked: 1 error, 0 warnings, \d+ relations checked, \d+ held/);
  await screenshot("report-seed001.png");

  const mark = await find(".release mark.fig.discrepancy");
  assert.equal(await run(`return arguments[0].textContent`, mark), "1,222%");
  await run(`arguments[0].scrollIntoView({ block: "center" })`, mark);
  await hover(mark);
  const popup = await run(`const open = document.querySelector(".explain.open");
    return open && { text: open.innerText, display: getComputedStyle(open).display,
      peers: [...document.querySelectorAll("mark.peer")].map((m) => m.textContent) }`);
  assert.ok(popup, "hovering a figure opens its explanation");
  assert.equal(popup.display, "block");
  assert.match(popup.text, /stated change 1,222% does not follow from \$6,728,000 vs \$493,000/);
  assert.match(popup.text, /percent-change/);
  assert.deepEqual(popup.peers.sort(), ["$493,000", "$6,728,000"]);
  await screenshot("report-seed001-popup.png");
});

test("n and p step through the findings of every file; Escape closes", async () => {
  const file = report("report-two-files.html", [seed, footing]);
  await go(file);
  const active = () => run(`const a = document.querySelector("mark.active");
    return a && [a.closest("section").id, a.textContent]`);
  await press("n");
  assert.deepEqual(await active(), ["f0", "1,222%"]);
  await press("n");
  assert.deepEqual(await active(), ["f1", "(9,651)"]);
  assert.match(await run(`return document.querySelector(".explain.open").innerText`),
    /footing does not hold: \(9,963\) - \(412\)/);
  await press("p");
  assert.deepEqual(await active(), ["f0", "1,222%"]);
  await press("\uE00C");  // Escape
  assert.equal(await active(), null);
});

test("printed, the marks keep their colours and the explanations stay out", async () => {
  const file = report("report-print.html", [footing]);
  await go(file, "#f0-x4");
  await call("POST", `/session/${session}/goog/cdp/execute`,
    { cmd: "Emulation.setEmulatedMedia", params: { media: "print" } });
  const printed = await run(`const mark = document.querySelector(".release mark.fig.discrepancy");
    const shown = [...document.querySelectorAll(".explain")].filter((e) => getComputedStyle(e).display !== "none");
    return [getComputedStyle(mark).backgroundColor, getComputedStyle(mark).borderBottomStyle, shown.length,
      getComputedStyle(document.querySelector(".keys")).display]`);
  assert.equal(printed[0], "rgb(255, 235, 233)");
  assert.equal(printed[1], "double");
  assert.equal(printed[2], 0, "no explanation is printed, even the one targeted");
  assert.equal(printed[3], "none");
  const rows = await run(`const table = document.querySelector("table.rt");
    return [getComputedStyle(table).display, getComputedStyle(table.querySelector("tr")).breakInside]`);
  assert.deepEqual(rows, ["table", "avoid"], "tables print as tables, rows whole");
  await call("POST", `/session/${session}/goog/cdp/execute`,
    { cmd: "Emulation.setEmulatedMedia", params: { media: "" } });
  const pdf = Buffer.from(await call("POST", `/session/${session}/print`, {}), "base64");
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
});

test("without a script, a figure's link opens its explanation (:target)", async () => {
  const file = report("report-footing.html", [footing]);
  await go(file);
  const target = await run(`return document.querySelector(".release mark.fig.discrepancy a").getAttribute("href")`);
  await go(file, target);
  const shown = await run(`const e = document.querySelector(arguments[0]);
    return [getComputedStyle(e).display, e.classList.contains("open"), e.innerText]`, target);
  assert.equal(shown[0], "block");
  assert.equal(shown[1], false, "shown by CSS alone");
  assert.match(shown[2], /does not foot/);
  // The summary links each finding to its explanation.
  assert.equal(await run(`return document.querySelector(".findings a").getAttribute("href")`), target);
});

// What a table of the page holds, as the browser lays it out: per table, its rows as the text
// of their label and figure cells, with the marks of its figures.
const TABLES = `return [...document.querySelectorAll(".release table.rt")].map((t) => ({
  headers: [...t.querySelectorAll("thead th.num")].map((th) => th.textContent),
  marked: [...t.querySelectorAll("td.num mark.fig")].map((m) => m.textContent + " " + m.classList[1]),
  align: [...new Set([...t.querySelectorAll("td.num")].map((td) => getComputedStyle(td).textAlign))],
  labels: [...t.querySelectorAll("th[scope=row]")].map((th) => th.textContent) }))`;

test("the release reads as it was written: tables as tables, prose as paragraphs", async () => {
  await go(report("report-seed001.html", [seed]));
  const tables = await run(TABLES);
  assert.equal(tables.length, 2, "the balance sheet and the statement of operations");
  for (const t of tables) {
    assert.ok(t.marked.length > 20, `marked figure cells: ${t.marked.length}`);
    assert.deepEqual(t.align, ["right"]);
    assert.ok(t.headers.length >= 2, `column headers: ${t.headers}`);
  }
  assert.ok(tables[0].labels.includes("TOTAL CURRENT ASSETS"));
  assert.ok(tables[0].marked.includes("13,329 verified"));
  const prose = await run(`return [document.querySelectorAll(".release p, .release li").length,
    document.querySelectorAll(".release pre").length,
    document.querySelector(".release mark.fig.discrepancy").closest("p") !== null,
    [...document.querySelectorAll(".release mark.fig")].every((m) => m.closest("table, p, li, h4, blockquote"))]`);
  assert.ok(prose[0] > 20, `paragraphs and list items: ${prose[0]}`);
  assert.equal(prose[1], 0, "no preformatted text");
  assert.equal(prose[2], true, "the prose finding stands in its paragraph");
  assert.equal(prose[3], true, "every mark is in a table or a block of prose");
});

test("every input format lays out the same tables with the same marks", async () => {
  await go(report("report-seed001.html", [seed]));
  const text = await run(TABLES);
  for (const [name, input] of [["report-seed001-htm.html", "fixtures/formats/seed001.htm"],
                               ["report-seed001-docx.html", "fixtures/formats/seed001.docx"]]) {
    await go(report(name, [input]));
    const other = await run(TABLES);
    assert.deepEqual(other.map((t) => t.marked), text.map((t) => t.marked), input);
  }
  await go(report("report-pipe.html", ["fixtures/readers/release_pipe.txt"], 0));
  const pipe = await run(TABLES);
  assert.ok(pipe.length >= 1 && pipe[0].marked.length > 5, "pipe tables too");
});

test("a finding in a table: its cell is marked and its items outlined", async () => {
  const file = report("report-corpus-icsl.html", [corpusSlip]);
  await go(file);
  const mark = await find(".release table.rt td.num mark.fig.discrepancy");
  assert.equal(await run(`return arguments[0].textContent`, mark), "37,667");
  await run(`arguments[0].scrollIntoView({ block: "center" })`, mark);
  await hover(mark);
  const popup = await run(`const open = document.querySelector(".explain.open");
    return open && { text: open.innerText,
      peers: [...document.querySelectorAll("mark.peer")].map((m) => [m.textContent, !!m.closest("td.num")]) }`);
  assert.match(popup.text, /'Total operating costs and administrative expenses' does not foot/);
  assert.equal(popup.peers.length, 8);
  assert.ok(popup.peers.every(([, inCell]) => inCell), "its items are figure cells of the table");
  await screenshot("report-corpus-icsl-popup.png");
});

test("a release filed as HTML reads with its tables", async () => {
  await go(report("report-corpus-bke.html", [corpusHtml], 0));
  const tables = await run(TABLES);
  assert.ok(tables.length >= 2, `tables: ${tables.length}`);
  assert.ok(tables.some((t) => t.marked.length > 20));
  const first = await find(".release table.rt");
  await run(`arguments[0].scrollIntoView({ block: "start", inline: "nearest" }); window.scrollBy(0, -150)`, first);
  await screenshot("report-corpus-bke.png");
});

test("the seed's balance sheet, with a total's relation open", async () => {
  await go(report("report-seed001.html", [seed]));
  const total = await run(`return [...document.querySelectorAll("table.rt tr")]
    .find((tr) => tr.querySelector("th[scope=row]")?.textContent === "TOTAL CURRENT ASSETS")
    .querySelector("mark.fig")`);
  await run(`arguments[0].scrollIntoView({ block: "center" })`, total);
  await hover(total);
  const peers = await run(`return document.querySelectorAll("mark.peer").length`);
  assert.ok(peers >= 4, `its items and the relations it closes are outlined: ${peers}`);
  await screenshot("report-seed001-table.png");
});

test("the README shows exactly the screenshots this test takes, and they are in docs/img", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const shown = [...readme.matchAll(/\]\(docs\/img\/(report-[^)]+\.png)\)/g)].map((m) => m[1]);
  assert.deepEqual(shown.sort(), [...taken].sort());
  for (const name of shown) assert.ok(existsSync(join(root, "docs/img", name)), name);
});
