#!/usr/bin/env node
/*
 * Rollover and diff benchmark (the next year and the reviewer). The reference plan replicated to
 * 10,000 indicators (sizes as arguments), and a second version of it made as a separate import
 * would (every id renumbered, rows reversed) with 5% of its indicators edited (targets lowered,
 * reworded, moved, removed, added). Side by side, each in a fresh Node process, best of 3:
 *   - diff: the core's diffPlans on the two plans, `pira diff A.json B.json --format json` as
 *     its main() takes it, and end to end: the whole `bin/pira.js diff …` process, from its start
 *     to its exit (output to /dev/null), wall time and CPU time (cpu-at-exit.cjs; steadier when
 *     other processes share the cores); the floor: reading the two plan JSON files
 *     (readPlanJson), which any diff does. Goal: end to end ≤ 2 s for 10,000 indicators.
 *   - rollover: `pira rollover BIG.xlsx -o NEXT.xlsx` against `pira fill BIG.xlsx -o OUT.xlsx` on
 *     the same workbook (the floor), taken in turn round by round; wall time, and the CPU time
 *     of each (steadier on a busy machine, but it counts zlib's threads too). Goal, on time:
 *     rollover ≤ fill.
 *
 * node --expose-gc scripts/bench/80-review.js [sizes…] [diff|rollover]  (both parts when neither)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { replicate } = require("./replicate.cjs");

const root = path.resolve(__dirname, "../..");
const lib = (p) => path.join(root, "lib", p);
const SEED_FILE = "000_98715954a5934375.txt";
const ROUNDS = 3;

/** The reference document: shared/seed beside the checkout, or further up (a worktree). */
function seedPath() {
  let dir = root;
  for (let up = 0; up < 4; up++) {
    const candidate = path.join(path.dirname(dir), "shared", "seed", SEED_FILE);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error("reference document not found (shared/seed beside the project)");
}

/** A second version as a separate import: ids renumbered, rows reversed, every 20th indicator edited. */
function secondVersion(plan) {
  const next = JSON.parse(JSON.stringify(plan));
  const year = String(plan.firstYear + 1);
  const removed = new Set();
  next.indicators.forEach((ind, i) => {
    switch (i % 100) {
      case 0: {
        const t = ind.targets[year];
        if (t && typeof t.value === "number")
          ind.targets[year] = { ...t, raw: `${t.raw} (rivisto)`, value: t.value * 0.9 };
        break;
      }
      case 20:
        ind.name = `${ind.name} riveduto`;
        break;
      case 40:
        ind.formula = `${ind.formula ?? ""} × 100`;
        break;
      case 60:
        removed.add(ind);
        break;
      case 80:
        ind.programme = next.indicators[(i + 37) % next.indicators.length].programme;
        break;
    }
  });
  next.indicators = next.indicators.filter((i) => !removed.has(i));
  const extra = next.indicators.slice(0, Math.ceil(removed.size)).map((ind, k) => ({
    ...JSON.parse(JSON.stringify(ind)),
    id: `nuovo-${k}`,
    name: `Nuovo indicatore ${k} sulla qualità dei servizi digitali`,
  }));
  next.indicators.push(...extra);
  next.indicators.forEach((ind, i) => (ind.id = `v2-${i}`));
  next.indicators.reverse();
  return next;
}

function best(runs) {
  return runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
}

// ---------------------------------------------------------------------------------------------
// children: one measurement each

async function cli(argv) {
  const { main } = require(lib("cli/main.js"));
  let stderr = "";
  const io = {
    stdout: () => {},
    stderr: (t) => (stderr += t),
    stderrIsTTY: false,
    env: { LANG: "en_GB.UTF-8" },
    cwd: process.cwd(),
  };
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const code = await main(argv, io);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  if (code !== 0) throw new Error(`pira ${argv[0]} exit ${code}: ${stderr}`);
  return { ms, cpuMs: (c.user + c.system) / 1000 };
}

async function child(kind, a, b, out) {
  if (kind === "floor-read") {
    const { readPlanJson } = require(lib("core/plan"));
    const t0 = process.hrtime.bigint();
    for (const f of [a, b]) {
      const r = readPlanJson(fs.readFileSync(f, "utf8"));
      if (!r.ok) throw new Error(r.reason.en);
    }
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6 };
  }
  if (kind === "core-diff") {
    const { readPlanJson } = require(lib("core/plan"));
    const { diffPlans } = require(lib("core/review"));
    const [x, y] = [a, b].map((f) => readPlanJson(fs.readFileSync(f, "utf8")).plan);
    const t0 = process.hrtime.bigint();
    const d = diffPlans(x, y);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, counts: d.counts };
  }
  if (kind === "cli-diff") return cli(["diff", a, b, "--format", "json"]);
  if (kind === "rollover") return cli(["rollover", a, "-o", out, "--force"]);
  if (kind === "fill") return cli(["fill", a, "-o", out, "--force"]);
  throw new Error(kind);
}

function run(kind, ...args) {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", __filename, "--child", kind, ...args],
    { encoding: "utf8", timeout: 600_000, maxBuffer: 64 * 1024 * 1024 }
  );
  if (r.status !== 0) throw new Error(`${kind}: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** The whole `pira diff A B --format json` process, start to exit: its wall and CPU time. */
function wholeDiff(a, b) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      "-r",
      path.join(__dirname, "cpu-at-exit.cjs"),
      path.join(root, "bin", "pira.js"),
      "diff",
      a,
      b,
      "--format",
      "json",
    ],
    { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", timeout: 600_000 }
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`pira diff: exit ${r.status}: ${r.stderr || r.error}`);
  const { cpuMs } = JSON.parse(r.stderr.trim().split("\n").pop());
  return { ms, cpuMs };
}

/** One measurement, its output file (and rollover report) removed first. */
function once(kind, ...args) {
  const file = args[2];
  if (file) fs.rmSync(file, { force: true });
  if (file) fs.rmSync(file.replace(/\.xlsx$/, ".rollover.json"), { force: true });
  return run(kind, ...args);
}

function rounds(kind, ...args) {
  const out = [];
  for (let i = 0; i < ROUNDS; i++) out.push(once(kind, ...args));
  return best(out);
}

async function orchestrate(sizes, parts) {
  if (!fs.existsSync(lib("cli/main.js"))) throw new Error("lib/ is missing: npm run build:cli");
  const { importDocument } = require(lib("core/import"));
  const { writePlanJson } = require(lib("core/plan"));
  const seed = importDocument(fs.readFileSync(seedPath(), "utf8")).plan;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pira-bench-review-"));
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  try {
    for (const n of sizes) {
      const a = path.join(dir, `a-${n}.json`);
      const b = path.join(dir, `b-${n}.json`);
      const plan = replicate(seed, n);
      fs.writeFileSync(a, writePlanJson(plan));
      fs.writeFileSync(b, writePlanJson(secondVersion(plan)));
      if (parts.includes("diff")) {
        const floor = rounds("floor-read", a, b);
        const core = rounds("core-diff", a, b);
        const cli = rounds("cli-diff", a, b);
        const whole = best(Array.from({ length: ROUNDS }, () => wholeDiff(a, b)));
        const c = core.counts;
        console.log(
          `diff ${n} indicators: core ${s(core.ms)}, pira diff main() ${s(cli.ms)} | floor (reading both plans) ${s(floor.ms)}` +
            `  [${c.changed} changed, ${c.renamed} renamed, ${c.moved} moved, ${c.removed} removed, ${c.added} added; ${c.flagged} flagged]`
        );
        console.log(
          `  pira diff end to end (the whole process) ${s(whole.ms)}, cpu ${s(whole.cpuMs)} | goal ≤ 2.00 s: ${whole.ms <= 2000 ? "met" : "NOT met"}`
        );
      }
      if (!parts.includes("rollover")) continue;
      const xlsx = path.join(dir, `a-${n}.xlsx`);
      await (async () => {
        const { main } = require(lib("cli/main.js"));
        const io = { stdout: () => {}, stderr: () => {}, stderrIsTTY: false, env: {}, cwd: dir };
        if ((await main(["import", a, "-o", xlsx, "--force"], io)) !== 0) throw new Error("import");
      })();
      // fill and rollover in turn, round by round, so a change in the machine's load falls on both
      const fills = [];
      const rolls = [];
      for (let i = 0; i < ROUNDS; i++) {
        fills.push(once("fill", xlsx, "-", path.join(dir, `filled-${n}.xlsx`)));
        rolls.push(once("rollover", xlsx, "-", path.join(dir, `next-${n}.xlsx`)));
      }
      const fill = best(fills);
      const roll = best(rolls);
      const fillCpu = Math.min(...fills.map((r) => r.cpuMs));
      const rollCpu = Math.min(...rolls.map((r) => r.cpuMs));
      console.log(
        `rollover of a ${n}-indicator workbook: ${s(roll.ms)} | floor (pira fill on it) ${s(fill.ms)} | goal rollover ≤ fill: ${roll.ms <= fill.ms ? "met" : "NOT met"}`
      );
      console.log(
        `  CPU time, every thread (steadier on a busy machine; zlib deflates on the thread pool, so the rollover's whole-workbook write counts more CPU than its time): rollover ${s(rollCpu)} | pira fill ${s(fillCpu)} | ${(rollCpu / fillCpu).toFixed(2)}× fill`
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  const [, , , kind, a, b, out] = process.argv;
  child(kind, a, b === "-" ? null : b, out)
    .then((r) => console.log(JSON.stringify(r)))
    .catch((e) => {
      console.error(e.stack || String(e));
      process.exit(1);
    });
} else {
  const argv = process.argv.slice(2);
  const sizes = argv.map(Number).filter(Boolean);
  const named = argv.filter((x) => x === "diff" || x === "rollover");
  orchestrate(sizes.length ? sizes : [10000], named.length ? named : ["diff", "rollover"]).catch(
    (e) => {
      console.error(e.stack || String(e));
      process.exit(1);
    }
  );
}
