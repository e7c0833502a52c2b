/**
 * What reading an analyst's CSV or Word file finds about the file itself is said where it is —
 * on the terminal, in the import report and in `validate --format json` — and nothing is
 * swallowed (issue 18): a line with another delimiter, a UTF-8 byte-order mark before Windows-1252
 * bytes, a quote never closed; a Word footnote becomes a note of its indicator; hostile inputs end
 * with a message, never an abort.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { pira, removeDir, tempDir } from "./run";
import { windows1252 } from "../fixtures/analyst/build";

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => removeDir(dir));
const at = (name: string) => path.join(dir, name);
const json = (name: string) => JSON.parse(fs.readFileSync(at(name), "utf8"));

const HEAD = "Missione;Programma;Indicatore;Unità di misura;Target 2021";

async function imported(name: string, bytes: Uint8Array | string) {
  fs.writeFileSync(at(name), bytes);
  const r = await pira(["import", name, "-o", "p.json"], { cwd: dir });
  return {
    r,
    plan: r.code === 0 ? json("p.json") : null,
    report: r.code === 0 ? json("p.import.json") : null,
  };
}

async function validated(name: string) {
  const v = await pira(["validate", name, "--format", "json"], { cwd: dir });
  return JSON.parse(v.stdout) as { diagnostics: { code: string; line: number | null }[] };
}

test("a line written with another delimiter is read with it, and said in the report and in validate", async () => {
  const csv = [
    HEAD,
    "011;005;Pratiche;n.;10",
    "011,005,Imprese,n.,20",
    "011;005;Visite;n.;30",
  ].join("\n");
  const { r, plan, report } = await imported("d.csv", csv);
  expect(r.code).toBe(0);
  expect(plan.indicators.map((i: { name: string }) => i.name)).toEqual([
    "Pratiche",
    "Imprese",
    "Visite",
  ]);
  expect(report.diagnostics).toContainEqual(
    expect.objectContaining({ code: "PIRA-W961", line: 3 })
  );
  expect(r.stderr).toMatch(/Riga 3: scritta con il separatore «,»/);
  expect((await validated("d.csv")).diagnostics).toContainEqual(
    expect.objectContaining({ code: "PIRA-W961", line: 3 })
  );
});

test("a quote never closed swallows nothing: the lines after it are indicators, and the line is said", async () => {
  const csv = [
    HEAD,
    '011;005;"Pratiche;n.;10',
    "011;005;Imprese;n.;20",
    "011;005;Visite;n.;30",
  ].join("\n");
  const { r, plan, report } = await imported("q.csv", csv);
  expect(r.code).toBe(0);
  expect(plan.indicators.map((i: { name: string }) => i.name)).toEqual([
    '"Pratiche',
    "Imprese",
    "Visite",
  ]);
  expect(report.diagnostics).toContainEqual(
    expect.objectContaining({ code: "PIRA-W960", line: 2 })
  );
  expect((await validated("q.csv")).diagnostics).toContainEqual(
    expect.objectContaining({ code: "PIRA-W960", line: 2 })
  );
});

test("a UTF-8 byte-order mark before Windows-1252 bytes: headers and missions intact, the line said", async () => {
  const utf8 = new TextEncoder().encode(`${HEAD}\n011;005;Attività svolte;n.;10\n`);
  const tail = windows1252("011;005;Qualità percepita;%;20\n");
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8, ...tail]);
  const { r, plan, report } = await imported("b.csv", bytes);
  expect(r.code).toBe(0);
  expect(plan.programmes.map((p: { mission: string }) => p.mission)).toEqual(["011"]);
  expect(plan.indicators.map((i: { name: string }) => i.name)).toEqual([
    "Attività svolte",
    "Qualità percepita",
  ]);
  expect(report.diagnostics).toContainEqual(
    expect.objectContaining({ code: "PIRA-W962", line: 3 })
  );
});

test("hostile CSVs end with a message: 300,000 «Target» columns, a million blank lines", async () => {
  const wide = `Indicatore;${Array(300_000).fill("Target").join(";")}\nA;1\n`;
  const w = await imported("w.csv", wide);
  expect(w.r.code).toBe(2);
  expect(w.r.stderr).toMatch(/Riga 1: più di 16\.384 campi/);
  const before = process.memoryUsage().rss;
  const blank = await imported(
    "blank.csv",
    `${HEAD}\n011;005;A;n.;1\n${"\n".repeat(1_000_000)}011;005;B;n.;2\n`
  );
  expect(blank.r.code).toBe(0);
  expect(blank.plan.indicators).toHaveLength(2);
  expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (t: string, props = "") =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t>${t}</w:t></w:r>`;
const tc = (...runs: string[]) => `<w:tc><w:p>${runs.join("")}</w:p></w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const FOOT =
  '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>';

async function docx(body: string, footnotes?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("word/document.xml", `<w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (footnotes) zip.file("word/footnotes.xml", `<w:footnotes ${W}>${footnotes}</w:footnotes>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("Word: hidden and moved-from text out; a footnote is a note of its indicator; altChunk said", async () => {
  const body =
    `<w:p>${run("Missione 011 – Programma 005")}</w:p>` +
    `<w:tbl>${tr(tc(run("Indicatore")), tc(run("Unità di misura")), tc(run("Target 2021")))}` +
    tr(tc(run("Pratiche evase"), FOOT), tc(run("n.")), tc(run("150"), run("9999", "<w:vanish/>"))) +
    tr(
      tc(run("Imprese")),
      tc(run("n.")),
      tc(`<w:moveFrom w:id="3">${run("999")}</w:moveFrom>`, run("20"))
    ) +
    `</w:tbl><w:altChunk r:id="rId7"/>`;
  const notes = `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run(" Fonte: SUAP")}</w:p></w:footnote>`;
  const { r, plan, report } = await imported("piano.docx", await docx(body, notes));
  expect(r.code).toBe(0);
  expect(
    plan.indicators.map((i: { targets: Record<string, { raw: string }> }) => i.targets["2021"].raw)
  ).toEqual(["150", "20"]);
  expect(plan.indicators[0].notes).toEqual(["Fonte: SUAP"]);
  expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: "PIRA-W963" }));
  expect(r.stderr).toMatch(/altChunk/);
});

test("Word: a malformed document.xml is refused with its place (exit 2), not imported in part", async () => {
  const body = `<w:tbl>${tr(tc(run("Indicatore")), tc(run("Target 2021")))}${tr(tc(run("A")), tc(run("1")))}<w:tr><w:tc><w:p>`;
  const { r } = await imported("rotto.docx", await docx(body));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /word\/document\.xml, riga 1, colonna \d+: .*non è mai chiuso|ancora aperto/
  );
});

test("a column headed «__proto__» is kept in extra as reported, not lost", async () => {
  const csv = [`${HEAD};__proto__`, "011;005;Pratiche;n.;10;tenuta"].join("\n");
  const { r, plan, report } = await imported("x.csv", csv);
  expect(r.code).toBe(0);
  expect(report.extraColumns.map((c: { header: string }) => c.header)).toContain("__proto__");
  expect(Object.entries(plan.indicators[0].extra)).toEqual([["__proto__", "tenuta"]]);
});
