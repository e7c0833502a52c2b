#!/usr/bin/env node
/*
 * The task pane's bytes, gzipped (level 9), on the production build in dist/ (npm run build):
 * the first screen — the page's own script, all Excel must fetch before the pane can be used and
 * clicked (the frame and Importa) — beside its goal of 150 KB; then what comes later, on first
 * use: each view's chunk (view-…), the dialog that asks before replacing sheets (confirm), the
 * engine and the chunks they share (numbered), and their total beside its ceiling. The same
 * figures and bounds as test/build/taskpane-bundle.test.ts, which fails when one is passed.
 *
 * node scripts/bench/65-pane-bundle.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const DIST = path.resolve(__dirname, "../..", "dist");
const KB = 1024;
const FIRST_SCREEN_GOAL = 150 * KB;
const TOTAL_CEILING = 325 * KB;

function gzipped(file) {
  return zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
}

const html = path.join(DIST, "taskpane.html");
if (!fs.existsSync(html)) {
  console.error(`${html} is missing: run \`npm run build\` first (npm run bench does)`);
  process.exit(1);
}
const own = [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
  .map((m) => m[1])
  .filter((src) => !/^https:\/\/appsforoffice\.microsoft\.com\//.test(src));
const files = fs.readdirSync(DIST);
const later = files.filter((f) => /^(engine|confirm|view-[a-z-]+|\d+)\.js$/.test(f)).sort();

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(34) : String(c).padStart(12))).join("");
console.log(line(["what", "gzipped", "goal", "met"]));
const first = own.reduce((n, f) => n + gzipped(f), 0);
console.log(
  line([
    `first screen (${own.join(" + ")})`,
    kb(first),
    `≤ ${kb(FIRST_SCREEN_GOAL)}`,
    first <= FIRST_SCREEN_GOAL ? "yes" : "NO",
  ])
);
let total = first;
for (const f of later) {
  const n = gzipped(f);
  total += n;
  console.log(line([`  later: ${f}`, kb(n), "", ""]));
}
console.log(
  line([
    "first screen + everything later",
    kb(total),
    `≤ ${kb(TOTAL_CEILING)}`,
    total <= TOTAL_CEILING ? "yes" : "NO",
  ])
);
console.log(
  "(later: fetched on first use — a view's chunk when its tab is first opened, the engine when the " +
    "pane first reads the workbook, the replace-sheets dialog once the pane is shown; Pubblica's Word writer, pdf.js and the workbook readers have budgets of their own)"
);
