/**
 * pira import of the analyst's own tables: a foreign workbook (every sheet, --sheet), a CSV
 * (Windows-1252, UTF-8 with a BOM), a Word document; the report and the mapping beside OUT;
 * --mapping reused and overriding; a file with no indicator exits 2.
 */
import * as fs from "fs";
import * as path from "path";
import { readPlanJson } from "../../src/core/plan";
import { csvUtf8Bom, csvWindows1252, docxOf, xlsxOf } from "../fixtures/analyst/build";
import { FLAT_SHEET, KPI_SHEET, SECTIONS_SHEET } from "../fixtures/analyst/layouts";
import { pira, removeDir, tempDir } from "./run";

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

const at = (name: string) => path.join(dir, name);

function planOf(file: string) {
  const r = readPlanJson(fs.readFileSync(at(file), "utf8"));
  if (!r.ok) throw new Error(r.reason.en);
  return r.plan;
}

test("a workbook that is not a PIRA workbook: every sheet's table, the report and the mapping beside OUT", async () => {
  fs.writeFileSync(
    at("analista.xlsx"),
    await xlsxOf([FLAT_SHEET, KPI_SHEET, { name: "Note", rows: [["appunti"]], merges: [] }])
  );
  const r = await pira(["import", "analista.xlsx", "-o", "piano.json"], { cwd: dir });
  expect(r.stderr).not.toMatch(/Non è una cartella PIRA/);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/indicatori: +9/);
  expect(r.stdout).toMatch(/Mappatura delle colonne: piano\.mapping\.json/);
  const plan = planOf("piano.json");
  expect(plan.indicators).toHaveLength(9);
  expect(plan.indicators[0].extra).toEqual({ Peso: "30%" });
  const report = JSON.parse(fs.readFileSync(at("piano.import.json"), "utf8"));
  expect(report.tables.map((t: { source: string }) => t.source)).toEqual([
    "PIRA 2021",
    "Estrazione KPI",
  ]);
  // the second sheet's title (the plan has the first's) and the sheet of notes are reported, not dropped
  expect(report.notUnderstood).toEqual([
    expect.objectContaining({
      sheet: "Estrazione KPI",
      cell: "A1",
      reason: "testo sopra l'intestazione della tabella",
    }),
    expect.objectContaining({ sheet: "Note", cell: "A1", text: "appunti" }),
  ]);
  const mapping = JSON.parse(fs.readFileSync(at("piano.mapping.json"), "utf8"));
  expect(mapping.format).toBe("pira-mapping");
  expect(mapping.tables[0].columns[4]).toMatchObject({
    at: "E",
    header: "Indicatore",
    field: "name",
  });
});

test("--sheet picks one sheet; a sheet that is not there is named with the sheets there are", async () => {
  fs.writeFileSync(at("a.xlsx"), await xlsxOf([FLAT_SHEET, SECTIONS_SHEET]));
  const r = await pira(["import", "a.xlsx", "--sheet", "indicatori", "-o", "p.json"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(planOf("p.json").indicators).toHaveLength(7);
  const bad = await pira(["import", "a.xlsx", "--sheet", "Foglio9", "-o", "q.json"], { cwd: dir });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/Il foglio «Foglio9» non c'è \(fogli: «PIRA 2021», «Indicatori»\)/);
});

test.each([
  ["Windows-1252", csvWindows1252(), /letto come windows-1252/],
  ["UTF-8 with a BOM", csvUtf8Bom(), null],
])(
  "a CSV from Italian Excel (%s) → a PIRA workbook, read back the same",
  async (_what, bytes, note) => {
    fs.writeFileSync(at("indicatori.csv"), bytes);
    const r = await pira(["import", "indicatori.csv", "-o", "piano.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    if (note) expect(r.stderr).toMatch(note);
    expect(r.stderr).toMatch(/CSV con separatore «;»/);
    // the workbook written is a PIRA workbook: exported back, the values are the CSV's
    const back = await pira(["export", "piano.xlsx", "-o", "piano.json"], { cwd: dir });
    expect(back.code).toBe(0);
    const plan = planOf("piano.json");
    expect(plan.indicators.map((i) => i.name)).toEqual([
      "Risorse destinate ai voucher",
      'Imprese "digitali" assistite',
      "Tempo medio di risposta – reclami",
      "Incidenza dei costi di struttura",
    ]);
    expect(plan.indicators[0].targets["2025"]).toMatchObject({
      raw: "€ 1,3 milioni",
      value: 1300000,
    });
    expect(plan.indicators[2].notes).toEqual(["Dato dell’ufficio: perché stimato"]);
  }
);

test("a Word document, one scheda per programme", async () => {
  fs.writeFileSync(at("piano.docx"), await docxOf());
  const r = await pira(["import", "piano.docx", "-o", "piano.json"], { cwd: dir });
  expect(r.code).toBe(0);
  const plan = planOf("piano.json");
  expect(plan.programmes.map((p) => `${p.mission}.${p.programme}`)).toEqual(["011.005", "032.003"]);
  expect(plan.indicators).toHaveLength(4);
  expect(r.stderr).toMatch(/paragrafo 2: «Il presente Piano/);
});

test("--mapping: the mapping written is read back, and an override changes a column's field", async () => {
  fs.writeFileSync(at("a.xlsx"), await xlsxOf([FLAT_SHEET]));
  expect((await pira(["import", "a.xlsx", "-o", "p1.json"], { cwd: dir })).code).toBe(0);
  const reuse = await pira(["import", "a.xlsx", "--mapping", "p1.mapping.json", "-o", "p2.json"], {
    cwd: dir,
  });
  expect(reuse.code).toBe(0);
  expect(planOf("p2.json")).toEqual(planOf("p1.json"));
  fs.writeFileSync(at("m.json"), JSON.stringify({ Peso: "notes", Fonte: "typology" }));
  const over = await pira(["import", "a.xlsx", "--mapping", "m.json", "-o", "p3.json"], {
    cwd: dir,
  });
  expect(over.code).toBe(0);
  const ind = planOf("p3.json").indicators[0];
  expect([ind.notes, ind.typology, ind.source, ind.extra]).toEqual([
    ["30%"],
    "Registro PID",
    null,
    undefined,
  ]);
  fs.writeFileSync(at("bad.json"), "{ no");
  const bad = await pira(["import", "a.xlsx", "--mapping", "bad.json", "-o", "p4.json"], {
    cwd: dir,
  });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/bad\.json.*non è JSON valido/);
});

test("a file with no indicator in it exits 2 with the reason, and writes nothing", async () => {
  fs.writeFileSync(at("bilancio.csv"), "Voce;Importo\nProventi;1.000\nOneri;900\n");
  const r = await pira(["import", "bilancio.csv", "-o", "p.json"], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Nessuna tabella di indicatori trovata/);
  expect(fs.existsSync(at("p.json"))).toBe(false);
  fs.writeFileSync(
    at("vuoto.xlsx"),
    await xlsxOf([
      {
        name: "Dati",
        rows: [
          ["Voce", "Importo"],
          ["A", 1],
        ],
        merges: [],
      },
    ])
  );
  const x = await pira(["import", "vuoto.xlsx", "-o", "p.json"], { cwd: dir });
  expect(x.code).toBe(2);
  expect(x.stderr).toMatch(/vuoto\.xlsx.*Nessuna tabella di indicatori/);
});

test("an analyst's extra columns travel into the PIRA workbook and back", async () => {
  fs.writeFileSync(at("a.xlsx"), await xlsxOf([FLAT_SHEET]));
  expect((await pira(["import", "a.xlsx", "-o", "piano.xlsx"], { cwd: dir })).code).toBe(0);
  expect((await pira(["export", "piano.xlsx", "-o", "piano.json"], { cwd: dir })).code).toBe(0);
  const plan = planOf("piano.json");
  expect(plan.indicators.map((i) => i.extra)).toEqual([
    { Peso: "30%" },
    { Peso: "20%" },
    { Peso: "20%" },
    { Peso: "30%" },
  ]);
  expect(plan.programmes.map((p) => p.objective)).toEqual([
    "Digitalizzazione delle imprese",
    "Trasparenza del mercato",
    "Efficienza della gestione",
  ]);
});
