#!/usr/bin/env node
/*
 * Resources: time and peak memory of `pira import`, `pira fill` and `pira validate` on a plan of
 * 10,000 indicators (the reference plan replicated, as 20-fill.js builds it; and a document of
 * 115 copies of the reference document, as 30-import.js builds its synthetic ones), and of the
 * commands on a zip bomb (a 0.5 MB workbook whose sheet inflates to 450 MB; one whose headers
 * tell the truth, one whose headers lie: scripts/bench/zip-bomb.cjs).
 *
 * Each command runs in a fresh Node process through the CLI's own main() from lib/ (npm run
 * build:cli): wall time, CPU time (user + system: what the command costs when the machine is
 * shared) and the process's peak RSS (resourceUsage().maxRSS, Node itself included). Goals,
 * from the hostile-input issue: the 10,000-indicator commands ≤ 8 s and ≤ 500 MB; the bomb
 * refused (exit 2) in < 5 s and < 300 MB.
 *
 * node scripts/bench/60-resources.js [rounds]   (best of `rounds`, default 1)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "../..");
const lib = (p) => path.join(root, "lib", p);
const { SEED } = require("./seed.cjs");
const MB = 1024 * 1024;
const N = 10_000;

// ---------------------------------------------------------------------------------------------
// child: one command, measured

async function child(argv) {
  const { main } = require(lib("cli/main.js"));
  const io = {
    stdout: () => {},
    stderr: (t) => (stderr += t),
    stderrIsTTY: false,
    env: { LANG: "en_GB.UTF-8" },
    cwd: process.cwd(),
  };
  let stderr = "";
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const code = await main(argv, io);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({
      code,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRss: process.resourceUsage().maxRSS * 1024,
      stderr: stderr.slice(0, 300),
    })
  );
}

if (process.argv[2] === "--child") {
  child(process.argv.slice(3)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
  return;
}

// ---------------------------------------------------------------------------------------------
// inputs

const { replicate } = require("./replicate.cjs");

/** n copies of the document, each copy's two chambers renamed (as 30-import.js). */
function synthetic(text, n) {
  const parts = [];
  for (let k = 1; k <= n; k++)
    parts.push(
      text.replace(/DI PISTOIA\*\*/g, `DI PISTOIA ${k}**`).replace(/DI PRATO$/gm, `DI PRATO ${k}`)
    );
  return parts.join("\n");
}

async function inputs(dir) {
  const { importDocument } = require(lib("core/import"));
  const { writePlanJson } = require(lib("core/plan"));
  const { planToXlsx } = require(lib("adapters/xlsx"));
  const { bombWorkbook } = require("./zip-bomb.cjs");
  const text = fs.readFileSync(SEED, "utf8");
  const ref = importDocument(text).plan;
  const plan = replicate(ref, N);
  const at = (f) => path.join(dir, f);
  fs.writeFileSync(at("plan.json"), writePlanJson(plan));
  const copies = Math.ceil(N / ref.indicators.length);
  fs.writeFileSync(at("plan.txt"), synthetic(text, copies));
  fs.writeFileSync(at("empty.xlsx"), await planToXlsx(plan, { formulas: "none" }));
  fs.writeFileSync(at("bomb.xlsx"), bombWorkbook(450));
  fs.writeFileSync(at("bomb-lying.xlsx"), bombWorkbook(450, { lie: true }));
  return { at, copies, docIndicators: copies * ref.indicators.length };
}

// ---------------------------------------------------------------------------------------------

function run(argv, cwd) {
  const r = spawnSync(process.execPath, [__filename, "--child", ...argv], {
    cwd,
    encoding: "utf8",
    maxBuffer: 16 * MB,
  });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout);
}

function best(argv, cwd, rounds, prepare) {
  let out = null;
  for (let k = 0; k < rounds; k++) {
    if (prepare) prepare();
    const m = run(argv, cwd);
    if (!out || m.ms < out.ms)
      out = { ...m, peakRss: Math.min(m.peakRss, out?.peakRss ?? Infinity) };
  }
  return out;
}

async function mainBench() {
  const rounds = Number(process.argv[2] || 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pira-bench-res-"));
  try {
    const { at, copies, docIndicators } = await inputs(dir);
    const size = (f) => `${(fs.statSync(at(f)).size / MB).toFixed(1)} MB`;
    console.log(
      `inputs: plan JSON ${N} indicators (${size("plan.json")}); document ${copies} copies of the reference, ${docIndicators} indicators (${size("plan.txt")}); workbook with empty computed columns (${size("empty.xlsx")}); bombs ${size("bomb.xlsx")} → 450 MB`
    );
    const rows = [];
    const add = (what, m, goal) => rows.push({ what, ...m, goal });
    const big = { ms: 8000, rss: 500 * MB, code: 0 };
    add(
      "import plan.json -o plan.xlsx",
      best(["import", at("plan.json"), "-o", at("a.xlsx"), "--force"], dir, rounds),
      big
    );
    add(
      "import plan.txt -o plan.xlsx",
      best(["import", at("plan.txt"), "-o", at("b.xlsx"), "--force"], dir, rounds),
      big
    );
    add(
      "fill plan.xlsx (in place)",
      best(["fill", at("c.xlsx")], dir, rounds, () =>
        fs.copyFileSync(at("empty.xlsx"), at("c.xlsx"))
      ),
      big
    );
    add(
      "validate plan.xlsx --format json",
      best(["validate", at("c.xlsx"), "--format", "json"], dir, rounds),
      {
        ...big,
        code: 1,
      }
    );
    add(
      "validate plan.xlsx --sheet",
      best(["validate", at("d.xlsx"), "--sheet"], dir, rounds, () =>
        fs.copyFileSync(at("c.xlsx"), at("d.xlsx"))
      ),
      { ...big, code: 1 }
    );
    const bomb = { ms: 5000, rss: 300 * MB, code: 2 };
    add("validate bomb.xlsx", best(["validate", at("bomb.xlsx")], dir, rounds), bomb);
    add("fill bomb.xlsx", best(["fill", at("bomb.xlsx")], dir, rounds), bomb);
    add("validate bomb-lying.xlsx", best(["validate", at("bomb-lying.xlsx")], dir, rounds), bomb);
    add("fill bomb-lying.xlsx", best(["fill", at("bomb-lying.xlsx")], dir, rounds), bomb);

    const W = [34, 6, 9, 9, 11, 26, 6];
    const line = (cells) =>
      cells.map((c, i) => (i === 0 ? String(c).padEnd(W[i]) : String(c).padStart(W[i]))).join("");
    console.log(line(["command", "exit", "time s", "CPU s", "peak MB", "goal", "met"]));
    for (const r of rows) {
      const met = r.code === r.goal.code && r.ms < r.goal.ms && r.peakRss < r.goal.rss;
      console.log(
        line([
          r.what,
          r.code,
          (r.ms / 1000).toFixed(2),
          (r.cpuMs / 1000).toFixed(2),
          (r.peakRss / MB).toFixed(0),
          `exit ${r.goal.code}, ≤ ${r.goal.ms / 1000} s, ≤ ${r.goal.rss / MB} MB`,
          met ? "yes" : "NO",
        ])
      );
    }
    console.log(
      "(time: wall clock of the command in its own process; CPU: user + system; peak: the process's maxRSS, Node included; best of " +
        `${rounds} round${rounds === 1 ? "" : "s"}; on a shared machine the wall time follows the load, the CPU time much less)`
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

mainBench().catch((e) => {
  console.error(e);
  process.exit(1);
});
