#!/usr/bin/env node
/*
 * Office sync benchmark: every task-pane action (src/app) through the Office backend
 * (src/adapters/office) on the strict fake Excel of test/adapters/office-fake.ts — the same run as
 * test/adapters/office-actions.test.ts (test/adapters/office-actions/run.ts) — for the reference
 * plan (imported from the reference document) and for 10,000 indicators (the reference plan
 * replicated, imported as plan JSON), printing each action's context.sync() calls side by side.
 * Goal: a fixed number per action whatever the plan's size, more only where a request or a
 * response would pass Excel on the web's 5 MB (then split: the bytes column shows why).
 *
 * The Office adapter, the app layer and the fake are TypeScript outside lib/: they are
 * transpiled (typescript's transpileModule, no type check) into node_modules/.cache/pira-bench-office.
 *
 * node scripts/bench/50-office-syncs.js [indicators]   (default 10000)
 */
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "../..");
const { SEED } = require("./seed.cjs");
const CACHE = path.join(root, "node_modules/.cache/pira-bench-office");
const SOURCES = [
  "src/core",
  "src/workbook",
  "src/app",
  "src/adapters/office",
  "test/adapters/office-fake",
  "test/adapters/office-fake.ts",
  "test/adapters/office-actions",
];

function transpile() {
  const ts = require("typescript");
  const files = [];
  const walk = (p) => {
    if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f));
    else if (/\.tsx?$/.test(p) && !p.endsWith(".d.ts")) files.push(p);
  };
  for (const s of SOURCES) walk(path.join(root, s));
  fs.rmSync(CACHE, { recursive: true, force: true });
  for (const src of files) {
    const js = ts.transpileModule(fs.readFileSync(src, "utf8"), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
      fileName: src,
    }).outputText;
    const dest = path.join(CACHE, path.relative(root, src)).replace(/\.tsx?$/, ".js");
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, js);
  }
  return {
    FakeExcel: require(path.join(CACHE, "test/adapters/office-fake")).FakeExcel,
    run: require(path.join(CACHE, "test/adapters/office-actions/run")),
    importDocument: require(path.join(CACHE, "src/core/import")).importDocument,
  };
}

async function measure(m, input) {
  const excel = new m.FakeExcel();
  excel.addSheet("Foglio1");
  const t0 = Date.now();
  const steps = await m.run.runActions(excel, input);
  return { steps, seconds: (Date.now() - t0) / 1000 };
}

function pad(s, n, right = false) {
  const t = String(s);
  return right ? t.padStart(n) : t.padEnd(n);
}

async function main() {
  const n = Number(process.argv[2] || 10000);
  const m = transpile();
  const text = fs.readFileSync(SEED, "utf8");
  const reference = m.importDocument(text).plan;
  const small = await measure(m, m.run.importInput(reference, text));
  const big = await measure(m, m.run.importInput(m.run.replicate(reference, n)));

  const mb = (b) => (b / 1e6).toFixed(1);
  const w = [28, 11, 12, 11, 12, 9];
  console.log(
    "Office backend: context.sync() calls per action on the strict fake Excel (test/adapters/office-fake.ts)"
  );
  console.log(
    [
      pad("  action", w[0]),
      pad(`${reference.indicators.length} ind.`, w[1], true),
      pad(`${n} ind.`, w[2], true),
      pad("MB moved", w[3], true),
      pad("largest MB", w[4], true),
      pad("refused", w[5], true),
    ].join("")
  );
  small.steps.forEach((s, i) => {
    const b = big.steps[i];
    console.log(
      [
        pad(`  ${s.action}`, w[0]),
        pad(s.syncs, w[1], true),
        pad(b.syncs, w[2], true),
        pad(mb(b.bytes), w[3], true),
        pad(mb(b.largest), w[4], true),
        pad(b.refused, w[5], true),
      ].join("")
    );
  });
  const total = (r) => r.steps.reduce((t, s) => t + s.syncs, 0);
  console.log(
    [pad("  all actions", w[0]), pad(total(small), w[1], true), pad(total(big), w[2], true)].join(
      ""
    )
  );
  console.log(
    `  (goal: fixed, whatever the size — more only where a request or a response passes Excel on the web's 5 MB;\n` +
      `   the adapter budgets 4.5 MB a batch. Fake Excel time: ${small.seconds.toFixed(1)} s and ${big.seconds.toFixed(1)} s.)`
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
