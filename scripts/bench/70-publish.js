#!/usr/bin/env node
/*
 * Publish benchmark. Plans of 1,000 and 10,000 indicators — the imported reference plan,
 * replicated — written as plan JSON; then `pira publish PLAN.json -o OUT.docx` (the Rapporto sui
 * risultati, the default for a plan with observed values) through the CLI's own main() from lib/
 * (`npm run build:cli`), each run in a fresh Node process, best of a few rounds; the same for the
 * HTML page. Goals: the Rapporto of 1,000 indicators in ≤ 3 s, of 10,000 in ≤ 30 s, linear
 * (the time per indicator of the large plan not above the small one's).
 *
 * node scripts/bench/70-publish.js [sizes…]   e.g. `… 70-publish.js 1000 10000`
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "../..");
const lib = (p) => path.join(root, "lib", p);
const { SEED } = require("./seed.cjs");
const ROUNDS = [3, 2, 1];
const GOALS = { 1000: 3000, 10000: 30000 };

const { replicate } = require("./replicate.cjs");

/** In a child process: one `pira publish`, timed from the call to main() to its return. */
async function child(file, out) {
  const { main } = require(lib("cli/main.js"));
  let stderr = "";
  const io = {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
    stderrIsTTY: false,
    env: { LANG: "en_GB.UTF-8", PATH: process.env.PATH },
    cwd: process.cwd(),
  };
  const t0 = process.hrtime.bigint();
  const code = await main(["publish", file, "-o", out, "--date", "2021-04-30", "--force"], io);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (code !== 0) throw new Error(`pira publish exit ${code}: ${stderr}`);
  return { ms, bytes: fs.statSync(out).size, peakRss: process.resourceUsage().maxRSS * 1024 };
}

function measure(file, out, rounds) {
  let best = null;
  for (let r = 0; r < rounds; r++) {
    const p = spawnSync(process.execPath, [__filename, "--child", file, out], { encoding: "utf8" });
    if (p.status !== 0) throw new Error(p.stderr || `child exit ${p.status}`);
    const m = JSON.parse(p.stdout.trim().split("\n").pop());
    if (!best || m.ms < best.ms) best = m;
  }
  return best;
}

const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function run(sizes) {
  if (!fs.existsSync(lib("cli/main.js")))
    throw new Error("lib/ is missing: run `npm run build:cli` first");
  const { importDocument } = require(lib("core/import"));
  const { writePlanJson } = require(lib("core/plan"));
  const plan = importDocument(fs.readFileSync(SEED, "utf8")).plan;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pira-bench-publish-"));
  const rows = [];
  try {
    sizes.forEach((n, i) => {
      const file = path.join(dir, `plan-${n}.json`);
      fs.writeFileSync(file, writePlanJson(replicate(plan, n)));
      const rounds = ROUNDS[Math.min(i, ROUNDS.length - 1)];
      const docx = measure(file, path.join(dir, `rapporto-${n}.docx`), rounds);
      const html = measure(file, path.join(dir, `rapporto-${n}.html`), rounds);
      rows.push({ n, docx, html });
      const goal = GOALS[n];
      console.log(
        `${String(n).padStart(6)} indicators: Word ${s(docx.ms)} (${mb(docx.bytes)}, peak RSS ${mb(docx.peakRss)})` +
          `${goal ? `, goal ≤ ${s(goal)}: ${docx.ms <= goal ? "met" : "NOT MET"}` : ""}; ` +
          `HTML ${s(html.ms)} (${mb(html.bytes)})`
      );
    });
    if (rows.length >= 2) {
      const [a, b] = [rows[0], rows[rows.length - 1]];
      const per = (r, k) => r[k].ms / r.n;
      const ratio = b.docx.ms / a.docx.ms;
      console.log(
        `Word: ${b.n / a.n}× the indicators took ${ratio.toFixed(1)}× the time; per indicator ` +
          `${per(a, "docx").toFixed(2)} ms → ${per(b, "docx").toFixed(2)} ms ` +
          `(linear: ${per(b, "docx") <= per(a, "docx") * 1.25 ? "yes" : "NO"}); ` +
          `HTML ${(b.html.ms / a.html.ms).toFixed(1)}×`
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  child(process.argv[3], process.argv[4]).then(
    (m) => console.log(JSON.stringify(m)),
    (e) => {
      console.error(e && e.stack ? e.stack : String(e));
      process.exit(1);
    }
  );
} else {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  run(sizes.length ? sizes : [1000, 10000]).catch((e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(1);
  });
}
