#!/usr/bin/env node
/*
 * Fill benchmark. Plans of 1k, 10k and 50k indicators (the imported reference plan, replicated)
 * are written to .xlsx files with empty computed columns; then, side by side:
 *   - `pira fill FILE -o OUT` (fill + validation, through the CLI's own main() from lib/),
 *   - the floor: a plain ExcelJS read + write of the same file,
 * each in a fresh Node process (so peak memory is the process's own), and the Office adapter's
 * context.sync() counts for the same sizes (on the fake Excel of test/adapters/office-fake.ts).
 *
 * Memory: "in-memory size" of a file = V8 heap used after ExcelJS has loaded the workbook, minus
 * the heap used before (both after a full GC). Peak memory of a run = the process's peak RSS
 * (resourceUsage().maxRSS) minus its RSS before the run started (modules loaded). Goal: pira's
 * peak within 4× the in-memory size; time within 1.5× the floor.
 *
 * node scripts/bench/20-fill.js [sizes…]   e.g. `node scripts/bench/20-fill.js 1000 10000`
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { setInterval, clearInterval } = require("timers");

const root = path.resolve(__dirname, "../..");
const lib = (p) => path.join(root, "lib", p);
const SEED = path.resolve(root, "../shared/seed/000_98715954a5934375.txt");
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// plans

/** The reference plan replicated to exactly n indicators (copies with their own ids and entities). */
function replicate(plan, n) {
  const out = { ...plan, entities: [], programmes: [], indicators: [] };
  for (let k = 1; out.indicators.length < n; k++) {
    const sfx = `-c${k}`;
    for (const e of plan.entities) out.entities.push({ id: e.id + sfx, name: `${e.name} (${k})` });
    for (const p of plan.programmes) {
      out.programmes.push({ ...p, id: p.id + sfx, entity: p.entity + sfx });
    }
    for (const i of plan.indicators) {
      if (out.indicators.length >= n) break;
      out.indicators.push({ ...i, id: i.id + sfx, programme: i.programme + sfx });
    }
  }
  const used = new Set(out.indicators.map((i) => i.programme));
  out.programmes = out.programmes.filter((p) => used.has(p.id));
  const entities = new Set(out.programmes.map((p) => p.entity));
  out.entities = out.entities.filter((e) => entities.has(e.id));
  return out;
}

function referencePlan() {
  const { importDocument } = require(lib("core/import"));
  return importDocument(fs.readFileSync(SEED, "utf8")).plan;
}

// ---------------------------------------------------------------------------------------------
// child processes: one measurement each

function memoryWatch() {
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      return peakHeap;
    },
  };
}

async function childFloor(file, out) {
  const ExcelJS = require("exceljs");
  globalThis.gc();
  const base = process.memoryUsage();
  const watch = memoryWatch();
  const t0 = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const t1 = process.hrtime.bigint();
  globalThis.gc();
  const loaded = process.memoryUsage().heapUsed;
  const t2 = process.hrtime.bigint();
  await wb.xlsx.writeFile(out);
  const t3 = process.hrtime.bigint();
  const peakHeap = watch.stop();
  return {
    ms: Number(t1 - t0 + (t3 - t2)) / 1e6,
    inMemory: loaded - base.heapUsed,
    peakRss: process.resourceUsage().maxRSS * 1024 - base.rss,
    peakHeap: peakHeap - base.heapUsed,
  };
}

async function childFill(file, out) {
  const { main } = require(lib("cli/main.js"));
  require("exceljs");
  globalThis.gc();
  const base = process.memoryUsage();
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stderrIsTTY: false,
    env: { LANG: "en_GB.UTF-8" },
    cwd: process.cwd(),
  };
  const watch = memoryWatch();
  const t0 = process.hrtime.bigint();
  const code = await main(["fill", file, "-o", out], io);
  const t1 = process.hrtime.bigint();
  const peakHeap = watch.stop();
  if (code !== 0) throw new Error(`pira fill exit ${code}: ${stderr}`);
  return {
    ms: Number(t1 - t0) / 1e6,
    peakRss: process.resourceUsage().maxRSS * 1024 - base.rss,
    peakHeap: peakHeap - base.heapUsed,
    stdout: stdout.trim(),
  };
}

/** The Office adapter and the fake Excel, transpiled from TypeScript (they are not in lib/). */
function officeModules() {
  const ts = require("typescript");
  const cache = path.join(root, "node_modules/.cache/pira-bench");
  const sources = [];
  const walk = (d) => {
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, f.name);
      if (f.isDirectory()) walk(p);
      else if (p.endsWith(".ts") && !p.endsWith(".d.ts")) sources.push(p);
    }
  };
  for (const d of ["src/core", "src/workbook", "src/adapters/office"]) walk(path.join(root, d));
  sources.push(path.join(root, "test/adapters/office-fake.ts"));
  for (const src of sources) {
    const js = ts.transpileModule(fs.readFileSync(src, "utf8"), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
      fileName: src,
    }).outputText;
    const dest = path.join(cache, path.relative(root, src)).replace(/\.ts$/, ".js");
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, js);
  }
  return {
    office: require(path.join(cache, "src/adapters/office")),
    workbook: require(path.join(cache, "src/workbook")),
    FakeExcel: require(path.join(cache, "test/adapters/office-fake")).FakeExcel,
    importDocument: require(path.join(cache, "src/core/import")).importDocument,
  };
}

async function childOffice(sizes) {
  const m = officeModules();
  const plan = m.importDocument(fs.readFileSync(SEED, "utf8")).plan;
  const rows = [];
  for (const n of sizes) {
    const excel = new m.FakeExcel();
    excel.addSheet("Foglio1");
    const counted = () => {
      const ctx = excel.context();
      let syncs = 0;
      const sync = ctx.sync.bind(ctx);
      ctx.sync = async () => {
        syncs++;
        await sync();
      };
      return { ctx, syncs: () => syncs };
    };
    const big = replicate(plan, n);
    const t0 = Date.now();
    const a = counted();
    await m.office.applySpec(a.ctx, m.workbook.layout(big, { formulas: "none" }));
    const f = counted();
    const filled = await m.office.fillWorkbook(f.ctx, { style: "native" });
    if (!filled.ok) throw new Error(filled.reason.en);
    rows.push({
      n,
      apply: a.syncs(),
      fill: f.syncs(),
      changed: filled.fill.changed,
      largestWrite: excel.largestWrite,
      seconds: (Date.now() - t0) / 1000,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// the orchestrator

function runChild(args, timeoutMs) {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", __filename, "--child", ...args],
    {
      encoding: "utf8",
      timeout: timeoutMs,
      maxBuffer: 64 * MB,
    }
  );
  if (r.error)
    return {
      error:
        r.error.code === "ETIMEDOUT" ? `timed out after ${timeoutMs / 1000} s` : String(r.error),
    };
  if (r.status !== 0)
    return { error: (r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ") };
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

const fmt = {
  s: (ms) => (ms / 1000).toFixed(2).padStart(7) + " s",
  mb: (b) => (b / MB).toFixed(0).padStart(5) + " MB",
};

async function orchestrate(sizes) {
  const { planToXlsx } = require(lib("adapters/xlsx"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pira-bench-fill-"));
  const reference = referencePlan();
  console.log(
    `plans: the reference plan (${reference.indicators.length} indicators, ${reference.programmes.length} programmes) replicated; ` +
      `files with empty computed columns, in ${dir}`
  );
  console.log(`machine: ${os.cpus().length} cores, Node ${process.version}\n`);
  const results = [];
  try {
    for (const n of sizes) {
      const plan = replicate(reference, n);
      const file = path.join(dir, `plan-${n}.xlsx`);
      const t0 = Date.now();
      fs.writeFileSync(file, await planToXlsx(plan, { formulas: "none" }));
      const writeS = (Date.now() - t0) / 1000;
      const bytes = fs.statSync(file).size;
      const timeout = 10 * 60 * 1000;
      const floor = runChild(["floor", file, path.join(dir, `floor-${n}.xlsx`)], timeout);
      const fill = runChild(["fill", file, path.join(dir, `filled-${n}.xlsx`)], timeout);
      results.push({ n, programmes: plan.programmes.length, bytes, writeS, floor, fill });
      console.log(
        `${n} indicators: file ${(bytes / MB).toFixed(1)} MB (written by planToXlsx in ${writeS.toFixed(1)} s)` +
          (fill.stdout ? `\n  pira: ${fill.stdout.split("\n").join("\n  pira: ")}` : "")
      );
      for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  console.log("\nfill + validation vs ExcelJS read + write (the floor):");
  console.log(
    "  indicators    file  in-memory |   floor time  floor peak |    pira time   pira peak | time ratio (≤1.5)  memory ratio (≤4)"
  );
  for (const r of results) {
    if (r.floor.error || r.fill.error) {
      console.log(
        `  ${String(r.n).padStart(10)}  ${r.floor.error ? `floor: ${r.floor.error}` : ""} ${r.fill.error ? `pira: ${r.fill.error}` : ""}`
      );
      continue;
    }
    const ratio = r.fill.ms / r.floor.ms;
    const mem = r.fill.peakRss / r.floor.inMemory;
    console.log(
      `  ${String(r.n).padStart(10)}  ${fmt.mb(r.bytes)}  ${fmt.mb(r.floor.inMemory)}   |  ${fmt.s(r.floor.ms)}  ${fmt.mb(r.floor.peakRss)}    |  ${fmt.s(r.fill.ms)}  ${fmt.mb(r.fill.peakRss)}   |  ${ratio.toFixed(2).padStart(10)}×         ${mem.toFixed(2).padStart(6)}×`
    );
  }
  console.log(
    "  (peak = peak RSS of the run's own process above its RSS before the run; heap peaks, sampled:"
  );
  for (const r of results) {
    if (r.floor.error || r.fill.error) continue;
    console.log(
      `   ${r.n}: floor ${fmt.mb(r.floor.peakHeap).trim()}, pira ${fmt.mb(r.fill.peakHeap).trim()})`
    );
  }

  console.log(
    "\nOffice adapter (fake Excel of test/adapters/office-fake.ts, syncs counted on context.sync):"
  );
  const office = runChild(["office", ...sizes.map(String)], 15 * 60 * 1000);
  if (office.error) console.log(`  ${office.error}`);
  else {
    console.log(
      "  indicators   apply syncs   fill syncs (read + write)   cells changed   largest single write (cells)   time on the fake"
    );
    for (const r of office)
      console.log(
        `  ${String(r.n).padStart(10)}   ${String(r.apply).padStart(11)}   ${String(r.fill).padStart(25)}   ${String(r.changed).padStart(13)}   ${String(r.largestWrite).padStart(28)}   ${r.seconds.toFixed(1).padStart(7)} s`
      );
  }
}

async function child(mode, args) {
  if (mode === "floor") return childFloor(args[0], args[1]);
  if (mode === "fill") return childFill(args[0], args[1]);
  if (mode === "office") return childOffice(args.map(Number));
  throw new Error(`unknown mode ${mode}`);
}

if (process.argv[2] === "--child") {
  child(process.argv[3], process.argv.slice(4)).then(
    (r) => process.stdout.write(`\n${JSON.stringify(r)}\n`),
    (e) => {
      process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
      process.exit(1);
    }
  );
} else {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  orchestrate(sizes.length ? sizes : [1000, 10000, 50000]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
