import { layout } from "../../src/workbook";
import {
  cellParts,
  type SheetSpec,
  type TableSpec,
  type WorkbookSpec,
} from "../../src/workbook/write/spec";
import { referencePlan } from "../fixtures/plans";
import { generatedSheets } from "../../src/workbook/write/layout";
import { replicate } from "../adapters/office-actions/run";

function sheet(spec: WorkbookSpec, name: string): SheetSpec {
  const s = spec.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function table(spec: WorkbookSpec, name: string): TableSpec {
  const t = spec.sheets.flatMap((s) => s.tables).find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

function cell(t: TableSpec, row: number, column: string) {
  const j = t.columns.findIndex((c) => c.name === column);
  if (j < 0) throw new Error(`no column ${column}`);
  return cellParts(t.rows[row][j]);
}

describe("layout", () => {
  const plan = referencePlan();
  const spec = layout(plan);

  it("has the input sheets, the generated sheets and Elenchi", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      "Piano",
      "Programmi",
      "Indicatori",
      "Riepilogo",
      "M011 Competitività e sviluppo",
      "M012 Regolazione dei mercati",
      "M032 Servizi istituzionali",
      "Elenchi",
    ]);
    expect(spec.sheets.every((s) => s.name.length <= 31)).toBe(true);
    expect(sheet(spec, "Indicatori").role).toBe("input");
    expect(sheet(spec, "Riepilogo").role).toBe("generated");
    expect(spec.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual([
      "Piano",
      "Enti",
      "Programmi",
      "Indicatori",
    ]);
  });

  it("Programmi: one row per programme, codes as text, benefits and phases readable", () => {
    const t = table(spec, "Programmi");
    expect(t.columns.map((c) => c.name)).toEqual([
      "Id",
      "Ente",
      "Missione",
      "Programma",
      "Titolo",
      "Area strategica",
      "Programma strategico",
      "Obiettivo",
      "Benefici attesi",
      "Descrizione",
      "Budget (testo)",
      "Budget (importo)",
      "Centro di responsabilità",
      "Portatori di interesse",
      "Fasi",
    ]);
    expect(t.rows).toHaveLength(plan.programmes.length);
    expect(cell(t, 0, "Missione").value).toBe("011");
    expect(t.columns.find((c) => c.name === "Missione")?.format).toBe("@");
    expect(cell(t, 0, "Benefici attesi").value).toBe(plan.programmes[0].benefits.join("\n"));
    expect(cell(t, 0, "Budget (importo)")).toEqual({ value: 1107200, format: '#,##0 "€"' });
    expect(cell(t, 3, "Fasi").value).toBe(
      "Percorso per la crescita delle imprese: 2020\nRealizzazione evento:"
    );
  });

  it("Indicatori: columns follow firstYear; typed values keep their format; computed columns at the right", () => {
    const t = table(spec, "Indicatori");
    const names = t.columns.map((c) => c.name);
    expect(names.slice(12, 19)).toEqual([
      "Consuntivo 30/09/2020",
      "Consuntivo 31/12/2020",
      "Target 2020",
      "Target 2021",
      "Target 2022",
      "Target triennio",
      "Performance riportata",
    ]);
    const firstComputed = names.findIndex((n) => n.startsWith("Calcolato: "));
    expect(names.slice(firstComputed)).toEqual([
      "Calcolato: Consuntivo",
      "Calcolato: Target",
      "Calcolato: Raggiungimento",
      "Calcolato: Scostamento",
      "Calcolato: Esito",
      "Calcolato: Metodo",
    ]);
    expect(t.columns.slice(firstComputed).every((c) => c.computed)).toBe(true);
    expect(t.columns.slice(0, firstComputed).some((c) => c.computed)).toBe(false);
    // "98,47%" is the number 0.9847 shown as a percent, the text kept beside it
    expect(cell(t, 2, "Consuntivo 30/09/2020")).toEqual({ value: 0.9847, format: "0.00%" });
    expect(cell(t, 2, "Consuntivo 30/09/2020 (testo)").value).toBe("98,47%");
    expect(cell(t, 0, "Consuntivo 30/09/2020")).toEqual({ value: 98.6, format: "#,##0.0" });
    expect(cell(t, 18, "Consuntivo 30/09/2020")).toEqual({ value: 3155497, format: '#,##0 "€"' });
    expect(cell(t, 8, "Consuntivo 30/09/2020")).toEqual({ value: 3960, format: "#,##0" });
    // values that are not numbers stay as written
    expect(cell(t, 6, "Consuntivo 31/12/2020").value).toBe("N.D.");
    expect(cell(t, 11, "Consuntivo 30/09/2020").value).toBe("4 su 8");
    expect(cell(t, 14, "Target 2020").value).toBe("buono");
    // a missing key is an empty pair of cells; the Salute finanziaria rows have no year-end actual
    expect(cell(t, 17, "Consuntivo 31/12/2020").value).toBeNull();
    expect(cell(t, 17, "Consuntivo 31/12/2020 (testo)").value).toBeNull();
    expect(cell(t, 0, "Polarità").value).toBe("crescente");
    expect(cell(t, 4, "Polarità").value).toBe("decrescente");
    expect(cell(t, 4, "Pareto").value).toBe("sì");
    expect(cell(t, 2, "Note").value).toBe(plan.indicators[2].notes[0]);
  });

  it("native formulas reference the row by long-form structured references", () => {
    const t = table(spec, "Indicatori");
    const f = cell(t, 8, "Calcolato: Raggiungimento");
    expect(f.formula).toMatch(/Indicatori\[\[#This Row\],\[Calcolato: Consuntivo\]\]/);
    expect(f.formula).not.toMatch(/PIRA|_xldudf_/);
    expect(f.value).toBeCloseTo(4428 / 15500, 12);
    expect(f.format).toBe("0.0%");
    expect(cell(t, 8, "Calcolato: Consuntivo").formula).toMatch(
      /Indicatori\[\[#This Row\],\[Consuntivo 31\/12\/2020\]\]/
    );
    // Salute finanziaria: no year-end column, so the 30/09 actual is the basis
    expect(cell(t, 17, "Calcolato: Consuntivo").formula).toMatch(/\[Consuntivo 30\/09\/2020\]/);
    // a progress indicator without a year target is measured on the triennium target
    expect(cell(t, 7, "Calcolato: Target").formula).toMatch(/\[Target triennio\]/);
    // "4 su 8" cannot be read by ordinary functions: a value, and the method says why
    expect(cell(t, 11, "Calcolato: Raggiungimento")).toEqual({ value: 1, format: "0.0%" });
    expect(cell(t, 11, "Calcolato: Metodo").value).toMatch(
      /^valore: formula non applicabile \(valore «x su y»\)$/
    );
  });

  it("PIRA style writes the custom functions as the user types them (the xlsx adapter stores the file form)", () => {
    const t = table(layout(plan, { formulas: "pira" }), "Indicatori");
    expect(cell(t, 4, "Calcolato: Raggiungimento").formula).toBe(
      'PIRA.PERFORMANCE(Indicatori[[#This Row],[Calcolato: Consuntivo]],Indicatori[[#This Row],[Calcolato: Target]],"decrescente")'
    );
    expect(cell(t, 4, "Calcolato: Esito").formula).toBe(
      "PIRA.OUTCOME(Indicatori[[#This Row],[Calcolato: Raggiungimento]],0.7,0.9)"
    );
  });

  it("drop-downs come from Elenchi; achievement has three colour bands from the thresholds", () => {
    const s = sheet(layout(plan, { thresholds: { low: 0.6, high: 0.8 } }), "Indicatori");
    const polarity = s.validations.find((v) => v.range.startsWith("K2:"));
    expect(polarity).toEqual({
      range: `K2:K${plan.indicators.length + 1}`,
      source: "Elenchi!$F$2:$F$5",
      strict: true,
    });
    expect(s.bands).toEqual([
      { range: `AD2:AD${plan.indicators.length + 1}`, low: 0.6, high: 0.8 },
    ]);
    expect(s.freeze).toEqual({ rows: 1, cols: 1 });
    const lists = sheet(spec, "Elenchi");
    const col6 = lists.blocks.find((b) => b.col === 6)!;
    expect(col6.cells.map((r) => cellParts(r[0]).value)).toEqual([
      "Polarità",
      "crescente",
      "decrescente",
      "sì/no",
      "qualitativo",
    ]);
  });

  it("a mission sheet shows each programme's scheda and indicators, grouped under its heading, linked to Indicatori", () => {
    const m = sheet(spec, "M011 Competitività e sviluppo");
    const cells = m.blocks[0].cells.map((r) => r.map((c) => cellParts(c).value));
    expect(cells[0][0]).toBe("Missione 011 – Competitività e sviluppo delle imprese");
    const headings = cells
      .map((r, i) => [i + 1, r[0]] as const)
      .filter(([, v]) => typeof v === "string" && v.startsWith("Programma 011.005"));
    expect(headings).toHaveLength(3);
    expect(m.groups).toHaveLength(3);
    for (const [row] of headings) expect(m.groups.some((g) => g.from === row + 1)).toBe(true);
    const link = m.blocks[0].cells
      .flat()
      .map(cellParts)
      .find((c) => c.link);
    expect(link?.link).toBe("Indicatori!A2");
  });

  it("the mission sheets look each programme's indicators up: the plan's indicators read a few times, not once per programme", () => {
    // each programme used to search every indicator of the plan: programmes × indicators reads
    const wide = replicate(plan, 2000);
    let reads = 0;
    const counted = new Proxy(wide.indicators, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const sheets = generatedSheets({ ...wide, indicators: counted }, { low: 0.5, high: 0.9 });
    expect(wide.programmes.length).toBeGreaterThan(100);
    expect(reads).toBeLessThanOrEqual(10 * wide.indicators.length);
    // every indicator is on its mission's sheet
    const links = sheets
      .slice(1)
      .flatMap((m) => m.blocks[0].cells.flat().map(cellParts))
      .filter((c) => c.link);
    expect(links).toHaveLength(wide.indicators.length);
  });

  it("Riepilogo summarises by entity, mission and programme", () => {
    const r = sheet(spec, "Riepilogo");
    const rows = r.blocks[1].cells.map((row) => row.map((c) => cellParts(c).value));
    expect(rows[0].slice(0, 4)).toEqual(["Livello", "Codice", "Descrizione", "Indicatori"]);
    expect(rows[1].slice(0, 4)).toEqual(["Ente", "pistoia", "Camera di Commercio di Pistoia", 7]);
    expect(rows[rows.length - 1][0]).toBe("Totale");
    expect(rows[rows.length - 1][3]).toBe(plan.indicators.length);
  });

  it("an empty plan still gives valid tables (one blank row each)", () => {
    const empty = { ...plan, programmes: [], indicators: [], entities: [] };
    const s = layout(empty);
    expect(table(s, "Indicatori").rows).toHaveLength(1);
    expect(table(s, "Programmi").rows).toHaveLength(1);
  });
});
