import {
  layout,
  read,
  tablesOfSpec,
  type Scalar,
  type TableData,
  type WorkbookTables,
} from "../../src/workbook";
import { referencePlan } from "../fixtures/plans";

const plan = referencePlan();

function fresh(): WorkbookTables {
  return tablesOfSpec(layout(plan));
}

function col(t: TableData, name: string): number {
  const j = t.header.indexOf(name);
  if (j < 0) throw new Error(`no column ${name}`);
  return j;
}

function set(t: TableData, row: number, name: string, value: Scalar, format?: string | null): void {
  t.rows[row][col(t, name)] = value;
  if (format !== undefined) t.formats![row][col(t, name)] = format;
}

function addRow(t: TableData, cells: Record<string, Scalar>): number {
  t.rows.push(t.header.map((h) => cells[h] ?? null));
  t.formats!.push(t.header.map(() => null));
  t.formulas!.push(t.header.map(() => null));
  return t.rows.length - 1;
}

describe("read: an analyst's edits", () => {
  it("a number typed over a percent target is a percent; over a count, a count; the old text is set aside", () => {
    const tables = fresh();
    const t = tables.indicators!;
    set(t, 0, "Target 2020", 0.95);
    set(t, 8, "Target 2020", 16000);
    const r = read(tables);
    expect(r.plan.indicators[0].targets["2020"]).toEqual({
      raw: "95%",
      kind: "percent",
      value: 0.95,
    });
    expect(r.plan.indicators[8].targets["2020"]).toEqual({
      raw: "16.000",
      kind: "number",
      value: 16000,
    });
    const aside = r.diagnostics.filter((d) => d.code === "PIRA-X007");
    expect(aside.map((d) => [d.sheet, d.cell, d.field])).toEqual([
      ["Indicatori", "W2", "targets.2020"],
      ["Indicatori", "W10", "targets.2020"],
    ]);
  });

  it("text typed into a value cell is read as an Italian value", () => {
    const tables = fresh();
    const t = tables.indicators!;
    set(t, 0, "Consuntivo 31/12/2020", "97,5%", null);
    set(t, 0, "Consuntivo 31/12/2020 (testo)", null);
    set(t, 1, "Consuntivo 31/12/2020", "n.d.");
    const r = read(tables);
    expect(r.plan.indicators[0].actuals["2020-12-31"]).toEqual({
      raw: "97,5%",
      kind: "percent",
      value: 0.975,
    });
    expect(r.plan.indicators[1].actuals["2020-12-31"]).toEqual({
      raw: "n.d.",
      kind: "missing",
      value: null,
    });
  });

  it("a cleared value removes it; a cleared year-end actual makes the 30/09 one the basis", () => {
    const tables = fresh();
    const t = tables.indicators!;
    set(t, 0, "Consuntivo 31/12/2020", null);
    set(t, 0, "Consuntivo 31/12/2020 (testo)", null);
    const r = read(tables);
    expect("2020-12-31" in r.plan.indicators[0].actuals).toBe(false);
  });

  it("new rows get ids; codes typed as numbers are read as codes; words in either language", () => {
    const tables = fresh();
    addRow(tables.programmes!, {
      Ente: "prato",
      Missione: 16,
      Programma: 5,
      Titolo: "Sostegno all'export",
    });
    const i = addRow(tables.indicators!, {
      Programma: "prato-016-005",
      Indicatore: "Imprese assistite",
      Tipo: "avanzamento",
      Polarità: "lower",
      Pareto: "x",
      "Consuntivo 31/12/2020": 35,
      "Target 2020": 14,
      Note: "prima riga\nseconda riga",
    });
    const r = read(tables);
    const p = r.plan.programmes[r.plan.programmes.length - 1];
    expect(p).toMatchObject({
      id: "prato-016-005",
      mission: "016",
      programme: "005",
      entity: "prato",
    });
    const ind = r.plan.indicators[r.plan.indicators.length - 1];
    expect(ind).toMatchObject({
      id: "prato-016-005-i1",
      kind: "progress",
      polarity: "lower",
      polarityInferred: false,
      pareto: true,
      notes: ["prima riga", "seconda riga"],
    });
    expect(r.locations[ind.id]).toEqual({ sheet: "Indicatori", row: i + 2 });
    expect(r.diagnostics.filter((d) => d.code === "PIRA-X004").map((d) => d.cell)).toEqual([
      `A${plan.programmes.length + 2}`,
      `A${i + 2}`,
    ]);
  });

  it("a workbook written with the old header «Polarità dedotta» is read as «Polarità stimata»", () => {
    const tables = fresh();
    const t = tables.indicators!;
    t.header[col(t, "Polarità stimata")] = "Polarità dedotta";
    set(t, 4, "Polarità dedotta", "no");
    set(t, 5, "Polarità dedotta", "sì");
    const r = read(tables);
    expect(r.plan.indicators[4].polarityInferred).toBe(false);
    expect(r.plan.indicators[5].polarityInferred).toBe(true);
    expect(r.diagnostics.filter((d) => d.code === "PIRA-X011")).toEqual([]);
  });

  it("a blank or unknown polarity is inferred and marked so; an unknown word is reported", () => {
    const tables = fresh();
    const t = tables.indicators!;
    set(t, 4, "Polarità", null);
    set(t, 4, "Polarità stimata", null);
    set(t, 0, "Polarità", "boh");
    const r = read(tables);
    expect(r.plan.indicators[4]).toMatchObject({ polarity: "lower", polarityInferred: true });
    expect(r.plan.indicators[0]).toMatchObject({ polarity: "higher", polarityInferred: true });
    const d = r.diagnostics.find((x) => x.code === "PIRA-X006")!;
    // the polarity in the workbook's own word, not the plan JSON's
    expect(d.message.it).toContain("stimata «crescente»");
    expect(d).toMatchObject({
      severity: "warning",
      sheet: "Indicatori",
      cell: "K2",
      field: "polarity",
      indicator: plan.indicators[0].id,
    });
  });

  it("repeated ids and unknown programmes are reported with their cell", () => {
    const tables = fresh();
    const t = tables.indicators!;
    set(t, 1, "Id", plan.indicators[0].id);
    set(t, 2, "Programma", "nessuno");
    const r = read(tables);
    expect(r.plan.indicators[1].id).not.toBe(plan.indicators[0].id);
    expect(new Set(r.plan.indicators.map((x) => x.id)).size).toBe(plan.indicators.length);
    expect(r.diagnostics.find((d) => d.code === "PIRA-X003")).toMatchObject({
      severity: "warning",
      cell: "A3",
    });
    expect(r.diagnostics.find((d) => d.code === "PIRA-X005")).toMatchObject({
      severity: "error",
      cell: "B4",
    });
  });

  it("extra columns are kept in each record's extra; missing required columns are errors with the header cell", () => {
    const tables = fresh();
    const t = tables.indicators!;
    t.header.push("Responsabile");
    t.rows.forEach((r) => r.push("Rossi"));
    const named = read(tables);
    expect(named.plan).toEqual({
      ...plan,
      indicators: plan.indicators.map((i) => ({ ...i, extra: { Responsabile: "Rossi" } })),
    });
    expect(named.diagnostics.find((d) => d.code === "PIRA-X011")).toMatchObject({
      severity: "info",
      cell: "AH1",
    });

    const p = tables.programmes!;
    const j = col(p, "Missione");
    p.header[j] = "Missione (vecchia)";
    const r = read(tables);
    expect(r.diagnostics.find((d) => d.code === "PIRA-X002")).toMatchObject({
      severity: "error",
      sheet: "Programmi",
      cell: "A1",
      field: "Missione",
    });
  });

  it("without the Piano table the first year comes from the Target columns, entities from Programmi", () => {
    const tables = fresh();
    delete tables.plan;
    delete tables.entities;
    const r = read(tables);
    expect(r.plan.firstYear).toBe(2020);
    expect(r.plan.entities.map((e) => e.id)).toEqual(["pistoia", "prato"]);
    expect(r.diagnostics.filter((d) => d.code === "PIRA-X012")).toHaveLength(2);
    expect(r.plan.indicators).toEqual(plan.indicators);
  });

  it("a workbook without PIRA tables says so", () => {
    const r = read({});
    expect(r.diagnostics[0]).toMatchObject({ code: "PIRA-X001", severity: "error" });
    expect(r.plan.indicators).toEqual([]);
  });
});
