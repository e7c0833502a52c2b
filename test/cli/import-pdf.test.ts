/**
 * pira import of a published PDF: Word documents in three layouts (test/fixtures/pdf/documents.ts:
 * headings over tables with Target merged over the years; a KPI export running across pages with
 * its header repeated; a consuntivo table with Consuntivo over 30/09 | 31/12 and footnotes),
 * printed to PDF by LibreOffice Writer, imported, and compared field by field with the import of
 * the Word document they were printed from, and with what was written.
 */
import * as fs from "fs";
import * as path from "path";
import { wordToPdf } from "../../src/cli/pdf";
import { readPlanJson } from "../../src/core/plan";
import type { Plan } from "../../src/core/plan/types";
import { LAYOUTS, layoutDocx, type Layout } from "../fixtures/pdf/documents";
import { hasSoffice } from "../helpers/libreoffice";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  for (const layout of LAYOUTS) {
    const docx = await layoutDocx(layout);
    fs.writeFileSync(path.join(dir, `${layout.name}.docx`), docx);
    const pdf = await wordToPdf("soffice", docx);
    if (!pdf.ok) throw new Error(pdf.reason.en);
    fs.writeFileSync(path.join(dir, `${layout.name}.pdf`), pdf.pdf);
  }
}, 180_000);
afterAll(() => removeDir(dir));

async function imported(file: string): Promise<Plan> {
  const out = file.replace(/\W/g, "_") + ".json";
  const r = await pira(["import", file, "-o", out, "--force"], { cwd: dir });
  if (r.code !== 0) throw new Error(`${file}: exit ${r.code}\n${r.stderr}`);
  const p = readPlanJson(fs.readFileSync(path.join(dir, out), "utf8"));
  if (!p.ok) throw new Error(p.reason.en);
  return p.plan;
}

/** Each indicator's fields as comparable strings, keyed by field. */
function fieldsOf(plan: Plan): Map<string, Record<string, string>> {
  const programmes = new Map(plan.programmes.map((p) => [p.id, p]));
  const out = new Map<string, Record<string, string>>();
  for (const i of plan.indicators) {
    const p = programmes.get(i.programme);
    const f: Record<string, string> = {
      programme: `${p?.mission}.${p?.programme}`,
      formula: String(i.formula),
      unit: String(i.unit),
      group: String(i.group),
      polarity: i.polarity,
    };
    for (const [k, v] of Object.entries(i.targets)) f[`targets.${k}`] = `${v.raw}|${v.value}`;
    for (const [k, v] of Object.entries(i.actuals)) f[`actuals.${k}`] = `${v.raw}|${v.value}`;
    for (const [k, v] of Object.entries(i.extra ?? {})) f[`extra.${k}`] = v;
    out.set(i.name, f);
  }
  return out;
}

function compare(word: Plan, pdf: Plan) {
  const a = fieldsOf(word);
  const b = fieldsOf(pdf);
  let total = 0;
  let same = 0;
  const misses: string[] = [];
  for (const [name, fields] of a) {
    total++; // the name itself
    const other = b.get(name);
    if (other) same++;
    else misses.push(`missing «${name}»`);
    for (const [k, v] of Object.entries(fields)) {
      total++;
      if (other?.[k] === v) same++;
      else if (other) misses.push(`«${name}» ${k}: ${v} ≠ ${other[k]}`);
    }
  }
  const invented = [...b.keys()].filter((n) => !a.has(n));
  return { share: same / total, total, misses, invented };
}

function written(layout: Layout): string[] {
  return layout.sections.flatMap((s) => s.rows.map((r) => r.cells[layout.name === "kpi" ? 1 : 0]));
}

(hasSoffice ? describe : describe.skip)(
  "a PDF printed from Word imports as the Word document",
  () => {
    test.each(LAYOUTS.map((l) => [l.name, l] as const))("%s", async (name, layout) => {
      const word = await imported(`${name}.docx`);
      const pdf = await imported(`${name}.pdf`);
      expect(pdf.indicators.map((i) => i.name).sort()).toEqual(written(layout).sort());
      const c = compare(word, pdf);
      expect(c.invented).toEqual([]);
      if (c.share < 1) console.log(name, c.share, c.misses.slice(0, 10));
      expect(c.share).toBeGreaterThanOrEqual(0.98);
      expect(pdf.indicators).toHaveLength(word.indicators.length);
    });

    test("the footnote on a value becomes its indicator's note", async () => {
      const pdf = await imported("consuntivo.pdf");
      const ind = pdf.indicators.find((i) => i.name.startsWith("Pratiche telematiche"));
      expect(ind?.notes).toEqual(["Dato provvisorio del sistema di gestione."]);
      expect(ind?.actuals["2024-12-31"]?.raw).toBe("86%");
    });

    test("a table across pages, its header repeated, is one table; no page header or number is read", async () => {
      const r = await pira(["import", "kpi.pdf", "-o", "kpi-report.json"], { cwd: dir });
      expect(r.code).toBe(0);
      const report = JSON.parse(fs.readFileSync(path.join(dir, "kpi-report.import.json"), "utf8"));
      expect(report.tables).toHaveLength(1);
      const texts = JSON.stringify(report.notUnderstood);
      expect(texts).not.toMatch(/Pagina \d/);
      expect(texts).not.toMatch(/Camera di commercio di Pianoro – PIRA/);
    });
  }
);

(hasSoffice ? test : test.skip)(
  "a PDF with no text (a scan) is refused with the reason",
  async () => {
    const { Document, Packer, Paragraph } = await import("docx");
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph({ children: [] })] }] })
    );
    const pdf = await wordToPdf("soffice", new Uint8Array(docx));
    if (!pdf.ok) throw new Error(pdf.reason.en);
    fs.writeFileSync(path.join(dir, "scansione.pdf"), pdf.pdf);
    const r = await pira(["import", "scansione.pdf", "-o", "s.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/non contiene testo: è una scansione/);
  },
  60_000
);

test("a file named .pdf that is not a PDF is refused with the reason", async () => {
  fs.writeFileSync(path.join(dir, "finto.pdf"), "Missione 011\n");
  const r = await pira(["import", "finto.pdf", "-o", "f.json"], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/non è un PDF/);
});
