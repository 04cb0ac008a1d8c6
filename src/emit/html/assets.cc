#include "emit/html/assets.h"

namespace crossfoot::html {

const std::string_view kStyle = R"css(
:root { --ok: #1a7f37; --bad: #cf222e; --unk: #9a6700; --line: #d0d7de; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1280px;
       padding: 1em 2em 16em; color: #1f2328; }
h1 { font-size: 1.4em; margin: .2em 0; }
h2 { font-size: 1.1em; border-bottom: 1px solid var(--line); }
.counts { font-size: 1.1em; }
.findings li { margin: .2em 0; }
.findings .error::marker { color: var(--bad); }
.findings .warning::marker { color: var(--unk); }
.keys { color: #57606a; }
/* The line-number gutter is in px: the numbers' font is not the text's, so ch or em would not line up. */
.release { border: 1px solid var(--line); padding: .5em 1em .5em 48px; line-height: 1.5; }
.release [data-line] { position: relative; }
.release [data-line]::before, td.ln { content: attr(data-line); color: #8c959f;
  font: 11px/1.9 ui-monospace, monospace; user-select: none; }
.release [data-line]::before { position: absolute; left: -48px; width: 36px; text-align: right; }
.release h4 { margin: 1em 0 .3em; }
.release ul { list-style: none; padding-left: 1.5rem; }  /* the release prints its own bullets */
.release li[data-line]::before { left: calc(-48px - 1.5rem); }
.release blockquote { margin: .8em 2rem; }
.release blockquote[data-line]::before { left: calc(-48px - 2rem); }
.release .footnote { font-size: .9em; color: #424a53; }
.table { overflow-x: auto; margin: 1em 0 1em -48px; }
table.rt { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.rt caption { text-align: left; font-weight: 600; padding: .3em 0 .3em 48px; }
table.rt td, table.rt th { padding: .05em .6em; vertical-align: bottom; }
table.rt td.ln { width: 36px; padding: 0 12px 0 0; text-align: right; }
table.rt th[scope=row] { text-align: left; font-weight: normal; min-width: 16em; }
table.rt .section th[scope=row] { font-weight: 600; padding-top: .5em; }
table.rt .caption th[scope=row] { font-style: italic; }
table.rt .num { text-align: right; white-space: nowrap; }
table.rt thead th.num, table.rt .header th.num { font-weight: 600; border-bottom: 1px solid var(--line);
  white-space: normal; max-width: 14em; }
table.rt .blank td, table.rt .blank th { height: .5em; padding: 0; line-height: 0; }
table.rt tr.ruled td.num:not(:empty) { border-top: 1px solid #57606a; }
table.rt tr.double-ruled td.num:not(:empty) { border-top: 3px double #57606a; }
table.rt tbody tr:hover { background: #f6f8fa; }
table.rt .unplaced { color: #57606a; font-style: italic; }
.rest code { white-space: pre-wrap; }
mark.fig { color: inherit; border-radius: 2px; }
mark.fig a { color: inherit; text-decoration: none; }
mark.verified { background: #dafbe1; border-bottom: 2px solid var(--ok); }
mark.unverified { background: #fff8c5; border-bottom: 2px dotted var(--unk); }
mark.discrepancy { background: #ffebe9; border-bottom: 3px double var(--bad); font-weight: bold; }
mark.peer { outline: 2px solid #0969da; }
mark.active { outline: 2px solid #1f2328; }
.status.verified { color: var(--ok); }
.status.unverified { color: var(--unk); }
.status.discrepancy { color: var(--bad); }
.explain { display: none; }
.explain:target, .explain.open {
  display: block; position: fixed; right: 1em; bottom: 1em; width: min(44em, 90vw);
  max-height: 45vh; overflow: auto; background: #fff; border: 1px solid #8c959f;
  box-shadow: 0 4px 16px rgba(0, 0, 0, .2); padding: .3em 1em .6em; z-index: 2; }
.explain h3 { font-size: 1em; margin: .4em 0; }
.explain .arith { font-family: ui-monospace, monospace; }
.explain .held::marker { content: "\2713  "; color: var(--ok); }
.explain .failed::marker { content: "\2717  "; color: var(--bad); }
@media print {
  body { padding: 0; max-width: none; }
  .keys, .explain, .explain:target { display: none; }
  .release { border: none; font-size: 9pt; }
  .table { overflow: visible; } table.rt tr { break-inside: avoid; }
  mark.fig { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

const std::string_view kScript = R"js(
(function () {
  "use strict";
  var pinned = null;
  function asideOf(mark) {
    var link = mark.querySelector("a");
    return link ? document.getElementById(link.getAttribute("href").slice(1)) : null;
  }
  function firstPiece(mark) {
    var section = mark.closest("section");
    return section.querySelector('mark.fig[data-m="' + mark.dataset.m + '"]');
  }
  function clear() {
    document.querySelectorAll(".explain.open").forEach(function (e) { e.classList.remove("open"); });
    document.querySelectorAll("mark.peer, mark.active").forEach(function (m) {
      m.classList.remove("peer", "active");
    });
  }
  function show(mark) {
    clear();
    var aside = asideOf(mark);
    if (!aside) return;
    aside.classList.add("open");
    var section = mark.closest("section");
    section.querySelectorAll('mark.fig[data-m="' + mark.dataset.m + '"]').forEach(function (m) {
      m.classList.add("active");
    });
    (aside.dataset.peers || "").split(" ").forEach(function (n) {
      if (!n) return;
      section.querySelectorAll('mark.fig[data-m="' + n + '"]').forEach(function (m) {
        m.classList.add("peer");
      });
    });
  }
  document.querySelectorAll("mark.fig").forEach(function (mark) {
    mark.addEventListener("mouseenter", function () { show(mark); });
    mark.addEventListener("mouseleave", function () { if (pinned) show(pinned); else clear(); });
    mark.addEventListener("click", function (event) {
      event.preventDefault();
      pinned = firstPiece(mark);
      show(pinned);
    });
  });
  var findings = Array.prototype.map.call(document.querySelectorAll(".findings a[data-mark]"),
    function (a) { return document.getElementById(a.dataset.mark); }).filter(Boolean);
  var current = -1;
  function go(step) {
    if (!findings.length) return;
    current = (current + step + findings.length) % findings.length;
    pinned = findings[current];
    pinned.scrollIntoView({ block: "center" });
    show(pinned);
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "n" || event.key === "j") go(1);
    else if (event.key === "p" || event.key === "k") go(-1);
    else if (event.key === "Escape") { pinned = null; clear(); }
  });
})();
)js";

}  // namespace crossfoot::html
