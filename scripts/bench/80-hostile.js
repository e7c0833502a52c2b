#!/usr/bin/env node
/*
 * Hostile inputs: time and peak memory of `pira import` on small files built to blow up a reader
 * (issue 18, "Blow-ups") — each must end in ≤ 5 s and ≤ 500 MB with a clear message, never an
 * abort, never exit 3: a .docx with huge gridSpans, one of deeply nested tables, one of 150,000
 * sibling tables nested in a nested cell, one whose document.xml inflates to 57 MB (refused) and
 * one just under the bound it is read to (16 MB); a CSV of 20 MB of blank lines, a header of
 * 12,500 repeated names, 300,000 «Target» columns; 50 MB of JSON nesting.
 *
 * Each runs in a fresh Node process through the CLI's own main() from lib/ (npm run build:cli):
 * wall time, CPU time and the process's peak RSS (resourceUsage().maxRSS, Node itself included).
 *
 * node scripts/bench/80-hostile.js
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { zipOf } = require("./zip-bomb.cjs");

const root = path.resolve(__dirname, "../..");
const MB = 1024 * 1024;

async function child(argv) {
  const { main } = require(path.join(root, "lib", "cli", "main.js"));
  let stderr = "";
  const io = {
    stdout: () => {},
    stderr: (t) => (stderr += t),
    stderrIsTTY: false,
    env: { LANG: "en_GB.UTF-8" },
    cwd: process.cwd(),
  };
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let code;
  try {
    code = await main(argv, io);
  } catch (e) {
    code = `threw ${e && e.name}`;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({
      code,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRss: process.resourceUsage().maxRSS * 1024,
      said: stderr.split("\n").filter((l) => l.trim() !== "")[0] ?? "",
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

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const docx = (body) => zipOf([{ name: "word/document.xml", data: Buffer.from(documentXml(body)) }]);

function inputs(dir) {
  const at = (f) => path.join(dir, f);
  const files = [];
  const add = (name, bytes, what) => {
    fs.writeFileSync(at(name), bytes);
    files.push({ name, what });
  };
  const span = '<w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p/></w:tc>';
  add(
    "span.docx",
    docx(`<w:tbl>${`<w:tr>${span.repeat(50)}</w:tr>`.repeat(2000)}</w:tbl>`),
    "gridSpan 999,999,999 × 100,000 cells"
  );
  let nest = "";
  for (let k = 0; k < 30_000; k++) nest += "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>";
  nest += "</w:tc></w:tr></w:tbl>".repeat(30_000);
  add("nested.docx", docx(nest), "tables nested 30,000 deep");
  const sib = "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>".repeat(150_000);
  add(
    "siblings.docx",
    docx(
      `<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc>${sib}<w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>`
    ),
    "150,000 sibling tables in a nested cell"
  );
  const para = "<w:p><w:r><w:t>Lorem ipsum dolor sit amet 123</w:t></w:r></w:p>";
  add("big.docx", docx(para.repeat(Math.floor((60 * 1e6) / para.length))), "document.xml of 57 MB");
  add(
    "under.docx",
    docx(para.repeat(Math.floor((16 * 1e6) / para.length))),
    "document.xml of 15 MB (read)"
  );
  add("blank.csv", `a;b\n${"\n".repeat(20 * 1e6)}`, "20 MB of blank lines");
  const n = 12_500;
  add(
    "header.csv",
    `Indicatore;${Array(n).fill("Target").join(";")}\nA;${Array(n).fill("1").join(";")}\n`,
    "header of 12,500 «Target»"
  );
  add(
    "wide.csv",
    `Indicatore;${Array(300_000).fill("Target").join(";")}\nA;1\n`,
    "300,000 «Target» columns"
  );
  const depth = 25 * 1e6;
  add("nesting.json", "[".repeat(depth) + "]".repeat(depth), "50 MB of JSON nesting");
  return { at, files };
}

function run(argv, cwd) {
  const r = spawnSync(process.execPath, [__filename, "--child", ...argv], {
    cwd,
    encoding: "utf8",
    maxBuffer: 16 * MB,
  });
  if (r.status !== 0)
    return {
      code: `abort (${r.status ?? r.signal})`,
      ms: NaN,
      cpuMs: NaN,
      peakRss: NaN,
      said: (r.stderr || "").slice(0, 80),
    };
  return JSON.parse(r.stdout);
}

function mainBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pira-bench-hostile-"));
  try {
    const { at, files } = inputs(dir);
    const Wd = [40, 8, 6, 8, 7, 8, 5];
    const line = (cells) =>
      cells.map((c, i) => (i === 0 ? String(c).padEnd(Wd[i]) : String(c).padStart(Wd[i]))).join("");
    console.log(line(["input", "size KB", "exit", "time s", "CPU s", "peak MB", "met"]));
    const said = [];
    for (const f of files) {
      const m = run(["import", at(f.name), "-o", at("out.json"), "--force"], dir);
      const met =
        (m.code === 0 || m.code === 2) && m.ms <= 5000 && m.peakRss <= 500 * MB && m.said !== "";
      console.log(
        line([
          `${f.name}: ${f.what}`.slice(0, Wd[0] - 1),
          (fs.statSync(at(f.name)).size / 1024).toFixed(0),
          m.code,
          (m.ms / 1000).toFixed(2),
          (m.cpuMs / 1000).toFixed(2),
          (m.peakRss / MB).toFixed(0),
          met ? "yes" : "NO",
        ])
      );
      said.push(`  ${f.name}: ${m.said.slice(0, 150)}`);
    }
    console.log(
      "goal: exit 0 or 2 with a message, ≤ 5 s, ≤ 500 MB peak (Node included). What each said:"
    );
    console.log(said.join("\n"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

mainBench();
