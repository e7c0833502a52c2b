#!/usr/bin/env node
/*
 * Validation of 10,000 / 25,000 / 50,000 indicators (goal: 50,000 under 1 s, linear in size).
 * The plan: the reference document imported, its programmes and indicators replicated with fresh
 * ids (each copy of a programme gets copies of its indicators), so every rule family has work to
 * do (the reference document has defects of every kind). A second run gives every copy its own
 * value texts (the same numbers annotated "(copia N)"), so no reading is shared between copies:
 * the worst case for the cache of value readings.
 * First, the value reader alone: the median time of a read over a realistic mix of distinct texts.
 * Uses the compiled code in lib/ (npm run build:cli); PIRA_LIB=<dir> points elsewhere.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const LIB = process.env.PIRA_LIB || path.join(__dirname, "..", "..", "lib");
const { importDocument } = require(path.join(LIB, "core", "import"));
const { validatePlan } = require(path.join(LIB, "core", "validation"));
const { readValue, toPlanValue } = require(path.join(LIB, "core", "values"));

const { SEED } = require("./seed.cjs");
const SIZES = [10000, 25000, 50000];
const RUNS = 5;
const GOAL_MS = 1000;
/** other processes compete for the cores: wall time measures them too */
const BUSY = os.loadavg()[0] > os.cpus().length;
const AS_OF = "2021-06-30";

const { plan } = importDocument(fs.readFileSync(SEED, "utf8"));

/** "98,60" → "98,60 (copia 3)": the same value, a text of its own (read anew, not from the cache). */
function shifted(value, copy) {
  if (!value || !["number", "percent", "currency"].includes(value.kind)) return value;
  return toPlanValue(`${value.raw} (copia ${copy})`);
}

function shiftAll(values, copy) {
  const out = {};
  for (const k of Object.keys(values)) out[k] = shifted(values[k], copy);
  return out;
}

function synthetic(n, distinct) {
  const byProgramme = new Map(plan.programmes.map((p) => [p.id, []]));
  for (const ind of plan.indicators) byProgramme.get(ind.programme).push(ind);
  const programmes = [];
  const indicators = [];
  for (let copy = 1; indicators.length < n; copy++) {
    for (const p of plan.programmes) {
      if (indicators.length >= n) break;
      const id = `${p.id}-c${copy}`;
      programmes.push({ ...p, id });
      for (const ind of byProgramme.get(p.id)) {
        if (indicators.length >= n) break;
        indicators.push({
          ...ind,
          id: `${id}-${ind.id.slice(p.id.length + 1)}`,
          programme: id,
          actuals: distinct ? shiftAll(ind.actuals, copy) : ind.actuals,
          targets: distinct ? shiftAll(ind.targets, copy) : ind.targets,
        });
      }
    }
  }
  return { ...plan, programmes, indicators };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall-clock and CPU time of validatePlan (median of RUNS); CPU time is what a busy machine cannot inflate. */
function measure(p) {
  validatePlan(p, { asOf: AS_OF }); // warm-up
  const wall = [];
  const cpu = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    if (global.gc) global.gc();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    result = validatePlan(p, { asOf: AS_OF });
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(wall), cpu: median(cpu), result };
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 20,000 distinct value texts in the mix of PIRA tables, the reference document's formats and
 * other chambers' (counts, percentages, amounts, n.d., sì/no, "x su y", annotated values,
 * comparison targets, deadlines, space thousands, magnitudes).
 */
function valueTexts(n) {
  const rand = random(7);
  const italian = (x, d) => {
    const [i, f] = x.toFixed(d).split(".");
    return i.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (f ? "," + f : "");
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = i % 20;
    const r = rand();
    let s;
    if (k < 4) s = italian(Math.floor(r * 5e6), 0);
    else if (k < 8) s = italian(r * 120, 2) + "%";
    else if (k < 10) s = "€ " + italian(Math.floor(r * 5e6), 0);
    else if (k === 10) s = "€ " + italian(r * 5e5, 2);
    else if (k === 11) s = "n.d.";
    else if (k === 12) s = r < 0.5 ? "sì" : "no";
    else if (k === 13) s = `${Math.floor(r * 10)} su ${10 + Math.floor(r * 10)}`;
    else if (k === 14) s = "≥ " + italian(r * 100, 0) + "%";
    else if (k === 15) s = italian(r * 100, 2) + "% (" + Math.floor(r * 300) + "/300)";
    else if (k === 16) s = italian(r * 50, 2);
    else if (k === 17)
      s = `${1 + Math.floor(r * 9)} ${String(Math.floor(r * 1000)).padStart(3, "0")} 171`;
    else if (k === 18) s = `entro il ${1 + Math.floor(r * 28)}/06/2021`;
    else s = "€ " + italian(r * 10, 1) + " milioni";
    out.push(s);
  }
  return out;
}

/** Median µs per readValue over batches of 1,000 texts (goal ≤ 2 µs). */
function readingBench() {
  const texts = valueTexts(20000);
  const BATCH = 1000;
  const per = [];
  for (let round = 0; round < 10; round++)
    for (let b = 0; b < texts.length; b += BATCH) {
      const t0 = process.hrtime.bigint();
      for (let i = b; i < b + BATCH; i++) readValue(texts[i]);
      per.push(Number(process.hrtime.bigint() - t0) / 1e3 / BATCH);
    }
  per.sort((x, y) => x - y);
  const median = per[per.length >> 1];
  console.log(
    `readValue over ${texts.length.toLocaleString("en")} distinct value texts (numbers, %, €, n.d., sì/no, x su y, annotated, ≥ 90%, entro il …, 2 947 171, € 1,2 milioni):`
  );
  console.log(
    `  median ${median.toFixed(2)} µs a read (p10 ${per[Math.floor(per.length * 0.1)].toFixed(2)}, p90 ${per[Math.floor(per.length * 0.9)].toFixed(2)}) — goal ≤ 2 µs: ${median <= 2 ? "met" : "NOT met"}\n`
  );
}

readingBench();

console.log(
  `validatePlan, reference plan (${plan.indicators.length} indicators, ${plan.programmes.length} programmes) replicated; median of ${RUNS} runs`
);
for (const distinct of [false, true]) {
  console.log(distinct ? "\nevery copy with its own value texts:" : "copies share value texts:");
  console.log(
    "  indicators  programmes  wall ms (median)  CPU ms  µs/indicator  diagnostics (E/W/I)"
  );
  const rows = [];
  for (const n of SIZES) {
    const p = synthetic(n, distinct);
    const { ms, cpu, result } = measure(p);
    rows.push({ n, ms, cpu });
    const c = result.counts;
    console.log(
      `  ${String(n).padStart(10)}  ${String(p.programmes.length).padStart(10)}  ${ms
        .toFixed(0)
        .padStart(
          16
        )}  ${cpu.toFixed(0).padStart(6)}  ${((ms * 1000) / n).toFixed(1).padStart(12)}  ${c.error}/${c.warning}/${c.info}`
    );
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const k = last.n / first.n;
  console.log(
    `  ${k}× the indicators: ${(last.ms / first.ms).toFixed(1)}× the wall time, ` +
      `${(last.cpu / first.cpu).toFixed(1)}× the CPU time (linear: ${k}×); ` +
      `50,000 in ${last.ms.toFixed(0)} ms wall, ${last.cpu.toFixed(0)} ms CPU — goal < ${GOAL_MS} ms: ` +
      `${(BUSY ? last.cpu : last.ms) < GOAL_MS ? "met" : "NOT met"}${BUSY ? " (on CPU time: busy machine)" : ""}`
  );
}
const load = os.loadavg()[0];
console.log(
  `\nload average ${load.toFixed(1)} on ${os.cpus().length} cores` +
    (load > os.cpus().length
      ? ": the machine is busy, wall times are inflated (CPU time is the steadier figure)"
      : "")
);
