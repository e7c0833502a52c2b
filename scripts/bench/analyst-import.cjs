/*
 * Import of an analyst's own workbook (a sheet that is not a PIRA workbook: a title row, code
 * columns, values written as chambers write them — "≥ 90%", "<= 5 gg", "€ 1,2 milioni"), side by
 * side, each in a fresh Node process (its peak memory its own), best of a few rounds:
 *   - `pira import FILE -o OUT.json` through the CLI's own main() from lib/ (zip checked, tables
 *     looked for, the sheets read as grids, mapped, imported, the plan and the report written);
 *   - the floor: ExcelJS's own read of the same file.
 * Memory as in 20-fill.js: "in memory" = V8 heap after ExcelJS has loaded the workbook minus the
 * heap before (after a full GC); peak = the process's peak RSS minus its RSS before the run.
 * Goals: time ≤ 1.5× the floor; peak ≤ 4× the workbook in memory.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "../..");
const lib = (p) => path.join(root, "lib", p);
const MB = 1024 * 1024;

const MISSIONS = [
  ["011", "005"],
  ["012", "004"],
  ["016", "005"],
  ["032", "003"],
];
const TARGETS = [
  "≥ 90%",
  "<= 5 gg",
  "€ 1,2 milioni",
  "almeno 10",
  "2 947 171",
  ">= 8,00%",
  "120",
  "85,5%",
];

/** An analyst's workbook of n indicator rows under a title row, written with ExcelJS. */
async function analystWorkbook(file, n) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Indicatori 2021");
  ws.addRow(["Camera di Commercio di Valbenchmark – Piano degli indicatori 2021-2023"]);
  ws.mergeCells("A1:M1");
  ws.addRow([]);
  ws.addRow([
    "Missione",
    "Programma",
    "Obiettivo strategico",
    "Indicatore",
    "Algoritmo di calcolo",
    "Unità di misura",
    "Fonte",
    "Target 2021",
    "Target 2022",
    "Target 2023",
    "Consuntivo 31/12/2021",
    "Peso",
    "Note",
  ]);
  for (let i = 0; i < n; i++) {
    const [m, p] = MISSIONS[i % MISSIONS.length];
    ws.addRow([
      m,
      p,
      `Obiettivo ${m}.${p}`,
      `Indicatore di risultato n. ${i + 1}`,
      `Numeratore ${i} / Denominatore ${i}`,
      i % 3 === 0 ? "%" : "numero",
      "Sistema di controllo di gestione",
      TARGETS[i % TARGETS.length],
      TARGETS[(i + 1) % TARGETS.length],
      i % 5 === 0 ? 95 : TARGETS[(i + 2) % TARGETS.length],
      i % 4 === 0 ? "n.d." : (i % 97) + 0.5,
      0.1,
      i % 10 === 0 ? "dato provvisorio" : null,
    ]);
  }
  await wb.xlsx.writeFile(file);
}

async function childFloor(file) {
  const ExcelJS = require("exceljs");
  globalThis.gc();
  const base = process.memoryUsage();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const t1 = process.hrtime.bigint();
  const cpu = process.cpuUsage(c0);
  globalThis.gc();
  const loaded = process.memoryUsage().heapUsed;
  return {
    ms: Number(t1 - t0) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    inMemory: loaded - base.heapUsed,
    peakRss: process.resourceUsage().maxRSS * 1024 - base.rss,
    rows: wb.worksheets[0].rowCount,
  };
}

async function childImport(file, out) {
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
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const code = await main(["import", file, "-o", out, "--force"], io);
  const t1 = process.hrtime.bigint();
  const cpu = process.cpuUsage(c0);
  if (code !== 0) throw new Error(`pira import exit ${code}: ${stderr}`);
  const indicators = /indicators: +(\d+)/.exec(stdout);
  return {
    ms: Number(t1 - t0) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRss: process.resourceUsage().maxRSS * 1024 - base.rss,
    indicators: indicators ? Number(indicators[1]) : null,
  };
}

function runChild(args) {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", __filename, "--child", ...args],
    {
      encoding: "utf8",
      timeout: 600000,
      maxBuffer: 64 * MB,
    }
  );
  if (r.status !== 0)
    return {
      error: (r.stderr || r.stdout || String(r.error)).trim().split("\n").slice(-3).join(" | "),
    };
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function best(runs, key) {
  const ok = runs.filter((r) => !r.error);
  return ok.length ? ok.reduce((a, b) => (b[key] < a[key] ? b : a)) : runs[0];
}

async function run(sizes = [1000, 10000]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pira-bench-analyst-"));
  try {
    console.log(
      "\nanalyst's own workbook (not a PIRA workbook) → pira import -o plan.json, beside ExcelJS's own read:"
    );
    const W = [8, 10, 12, 12, 9, 11, 12, 12, 9, 12];
    const line = (cells) => cells.map((c, i) => String(c).padStart(W[i])).join("");
    console.log(
      line([
        "rows",
        "file",
        "ExcelJS",
        "import",
        "ratio",
        "cpu ratio",
        "in memory",
        "peak",
        "peak/mem",
        "indicators",
      ])
    );
    for (const n of sizes) {
      const file = path.join(dir, `analyst-${n}.xlsx`);
      await analystWorkbook(file, n);
      const rounds = n >= 10000 ? 3 : 5;
      const floors = [];
      const imports = [];
      for (let k = 0; k < rounds; k++) {
        floors.push(runChild(["floor", file]));
        imports.push(runChild(["import", file, path.join(dir, `out-${n}.json`)]));
      }
      const f = best(floors, "ms");
      const i = best(imports, "ms");
      if (f.error || i.error) {
        console.log(`  ${n}: ${f.error || i.error}`);
        continue;
      }
      const mem = Math.max(...floors.filter((x) => !x.error).map((x) => x.inMemory));
      const peak = Math.min(...imports.filter((x) => !x.error).map((x) => x.peakRss));
      console.log(
        line([
          n,
          `${(fs.statSync(file).size / 1024).toFixed(0)} KB`,
          `${(f.ms / 1000).toFixed(2)} s`,
          `${(i.ms / 1000).toFixed(2)} s`,
          `${(i.ms / f.ms).toFixed(2)}×`,
          `${(best(imports, "cpuMs").cpuMs / best(floors, "cpuMs").cpuMs).toFixed(2)}×`,
          `${(mem / MB).toFixed(0)} MB`,
          `${(peak / MB).toFixed(0)} MB`,
          `${(peak / mem).toFixed(2)}×`,
          i.indicators,
        ])
      );
    }
    console.log(
      "  (best of 3–5 rounds each, fresh processes; ratio: wall time, cpu ratio: the processes' CPU time (steadier on a busy machine);\n" +
        "   goals: import ≤ 1.5× ExcelJS's read, peak ≤ 4× the workbook in memory)"
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module && process.argv[2] === "--child") {
  const [mode, ...args] = process.argv.slice(3);
  const work = mode === "floor" ? childFloor(args[0]) : childImport(args[0], args[1]);
  work.then(
    (r) => process.stdout.write(`\n${JSON.stringify(r)}\n`),
    (e) => {
      process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
      process.exit(1);
    }
  );
} else if (require.main === module) {
  run(
    process.argv
      .slice(2)
      .map(Number)
      .filter((n) => n > 0)
  ).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { run, analystWorkbook };
