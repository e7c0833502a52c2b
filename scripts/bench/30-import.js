#!/usr/bin/env node
/*
 * Import benchmark: the reference document (median of many runs) and synthetic documents 10×, 50×
 * and 100× its size (copies with the chambers renamed), to show that time grows linearly.
 * Uses the compiled importer in lib/ (npm run build:cli). Goal: the reference well under 100 ms.
 */
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "../..");
const { importDocument } = require(path.join(root, "lib/core/import"));
const { SEED } = require("./seed.cjs");

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, r };
}

/** n copies of the document, each copy's two chambers renamed (so each copy adds two entities). */
function synthetic(text, n) {
  const parts = [];
  for (let k = 1; k <= n; k++) {
    parts.push(
      text.replace(/DI PISTOIA\*\*/g, `DI PISTOIA ${k}**`).replace(/DI PRATO$/gm, `DI PRATO ${k}`)
    );
  }
  return parts.join("\n");
}

const text = fs.readFileSync(SEED, "utf8");
const kb = (s) => Buffer.byteLength(s) / 1024;

// warm-up, then the reference document
for (let i = 0; i < 5; i++) importDocument(text);
const runs = [];
let counts;
for (let i = 0; i < 30; i++) {
  const { ms, r } = time(() => importDocument(text));
  runs.push(ms);
  counts = r.report.counts;
}
const ref = median(runs);
console.log(
  `reference document: ${kb(text).toFixed(0)} KB, ${text.split("\n").length} lines → ` +
    `${counts.entities} entities, ${counts.programmes} programmes, ${counts.indicators} indicators, ` +
    `${counts.notUnderstood} cells not understood`
);
console.log(
  `  import time: median ${ref.toFixed(2)} ms of ${runs.length} runs (min ${Math.min(...runs).toFixed(2)}, max ${Math.max(...runs).toFixed(2)}) — goal well under 100 ms`
);

console.log("\nsynthetic documents (copies with renamed chambers):");
const W = [6, 8, 8, 9, 11, 10, 8, 14];
const line = (cells) => cells.map((c, i) => String(c).padStart(W[i])).join("");
console.log(line(["size", "KB", "lines", "entities", "indicators", "ms", "µs/KB", "per KB vs 1×"]));
let perKb1 = null;
for (const n of [1, 10, 50, 100]) {
  const doc = synthetic(text, n);
  const times = [];
  let c;
  for (let i = 0; i < 3; i++) {
    const { ms, r } = time(() => importDocument(doc));
    times.push(ms);
    c = r.report.counts;
  }
  const ms = median(times);
  const perKb = ms / kb(doc);
  perKb1 = perKb1 ?? perKb;
  console.log(
    line([
      `${n}×`,
      kb(doc).toFixed(0),
      doc.split("\n").length,
      c.entities,
      c.indicators,
      ms.toFixed(1),
      (perKb * 1000).toFixed(0),
      `${(perKb / perKb1).toFixed(2)}×`,
    ])
  );
}
console.log(
  "(ms: median of 3; linear growth: the time per KB stays about the same from 1× to 100×)"
);

// the analyst's own workbook (issue 12): import ≤ 1.5× ExcelJS's read, peak ≤ 4× in memory
require("./analyst-import.cjs")
  .run()
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
