#!/usr/bin/env node
/*
 * A screen for regular expressions that backtrack super-linearly (ReDoS): every regex literal in
 * the given folders (default: the ones that read user text) is run over "pumped" texts — a head, a
 * piece repeated, a tail that makes the match fail — of L and 4L characters, heads and pieces made
 * of the literal words and special characters of the pattern itself ("<sup>" then spaces, "1."
 * repeated, …). A pattern whose time grows more than 9× from L to 4L (linear is 4×, quadratic 16×)
 * is printed with its worst input. A screen, not a proof: test/core/linear-patterns.test.ts runs
 * the public readers over the inputs that matter; patterns built with `new RegExp(…)` are not seen
 * here (give them as EXTRA="name<TAB>source<TAB>flags" lines).
 *
 * Run: node scripts/audit-patterns.js [folder …]   (L=300 by default; L=1000 for a slower, finer look)
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const DIRS = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      "src/core/values",
      "src/core/import",
      "src/core/validation",
      "src/core/catalogue",
      "src/core/grid",
      "src/core/performance",
      "src/functions",
    ].map((d) => path.join(ROOT, d));

function files(d) {
  if (!fs.existsSync(d)) return [];
  const out = [];
  for (const f of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, f.name);
    if (f.isDirectory()) out.push(...files(p));
    else if (/\.tsx?$/.test(f.name)) out.push(p);
  }
  return out;
}

const regexes = [];
for (const d of DIRS)
  for (const f of files(d)) {
    const src = ts.createSourceFile(f, fs.readFileSync(f, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (n) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const t = n.getText();
        const i = t.lastIndexOf("/");
        try {
          const line = src.getLineAndCharacterOfPosition(n.getStart()).line + 1;
          regexes.push({
            where: `${path.relative(ROOT, f)}:${line}`,
            re: new RegExp(t.slice(1, i), t.slice(i + 1)),
          });
        } catch {
          // a flag this Node does not know: skipped
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
for (const extra of (process.env.EXTRA || "").split("\n").filter(Boolean)) {
  const [where, source, flags] = extra.split("\t");
  regexes.push({ where, re: new RegExp(source, flags || "") });
}

function pieces(re) {
  const s = re.source;
  const words = new Set(
    (s.replace(/\\[a-zA-Z]/g, " ").match(/[a-zA-Zàèéìòù]{2,}/g) || []).map((w) => w.toLowerCase())
  );
  const specials = new Set(s.match(/[<>/.,()\-:%€"'*#=;[\]|+°–—_]/g) || []);
  return { words: [...words].slice(0, 12), specials: [...specials] };
}

function run(re, text) {
  const r = new RegExp(re.source, re.flags);
  const t0 = process.hrtime.bigint();
  if (r.global) text.replace(r, "");
  else r.exec(text);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const best = (re, text) => Math.min(run(re, text), run(re, text));

const L1 = Number(process.env.L) || 300;
const L2 = L1 * 4;
let flagged = 0;
for (const { where, re } of regexes) {
  const { words, specials } = pieces(re);
  const pumps = [
    " ",
    "1",
    "a",
    "1.",
    "1,",
    "a ",
    "1 ",
    ". ",
    "\u00a0",
    ...specials,
    ...specials.map((c) => c + " "),
    ...specials.map((c) => c + "1"),
    ...words.map((w) => w + " "),
    ...words.map((w) => "<" + w),
    ...words,
  ];
  const heads = [
    "",
    ...words.map((w) => w + " "),
    ...words.map((w) => "<" + w + ">"),
    ...words.map((w) => "<" + w),
    ...words.map((w) => "<" + w + " "),
    ...specials,
    "1",
    "a",
  ];
  let worst = null;
  for (const head of heads)
    for (const pump of pumps)
      for (const tail of ["\u0001", "!"]) {
        const make = (L) => head + pump.repeat(Math.ceil(L / pump.length)) + tail;
        const t1 = best(re, make(L1));
        const t2 = best(re, make(L2));
        const ratio = t2 / Math.max(t1, 1e-3);
        if (t2 > 0.3 && ratio > 9 && (!worst || t2 > worst.t2))
          worst = { head, pump, t1, t2, ratio };
      }
  if (worst) {
    flagged++;
    console.log(`${where}  /${re.source}/${re.flags}`);
    console.log(
      `   head ${JSON.stringify(worst.head)} then ${JSON.stringify(worst.pump)} repeated: ${worst.t1.toFixed(2)} ms at ${L1}, ${worst.t2.toFixed(2)} ms at ${L2} (×${worst.ratio.toFixed(0)})`
    );
  }
}
console.log(`${regexes.length} patterns screened, ${flagged} growing faster than linear`);
process.exitCode = flagged ? 1 : 0;
