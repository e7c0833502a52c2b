/** The workbook's own settings: rows of the Piano table, written by layout, read back by read. */
import { importDocument } from "../../src/core/import";
import { validatePlan } from "../../src/core/validation";
import {
  layout,
  NO_SETTINGS,
  read,
  readWorkbookSettings,
  SETTING_KEYS,
  splitRules,
  tablesOfSpec,
  type TableData,
} from "../../src/workbook";
import { fillTables } from "../helpers/fill-tables";
import { seedText } from "../helpers/seed";

const { plan } = importDocument(seedText());

/** The Piano table with its settings rows replaced. */
function pianoWith(rows: [string, string | number | null][]): TableData {
  return {
    name: "Piano",
    sheet: "Piano",
    row: 1,
    col: 1,
    header: ["Voce", "Valore"],
    rows: [["Titolo", "Prova"], ["Primo anno del triennio", 2020], ...rows],
    source: "table",
  };
}

describe("workbook settings", () => {
  it("layout writes them in the Piano table; read gives them back", () => {
    const spec = layout(plan, {
      formulas: "pira",
      thresholds: { low: 0.6, high: 0.8 },
      disabledRules: ["PIRA-W008", "duplicati"],
      generated: false,
    });
    const piano = spec.sheets[0].tables[0];
    expect(piano.rows.map((r) => r[0])).toEqual([
      "Titolo",
      "Primo anno del triennio",
      "Formato",
      "Regole disattivate",
      "Soglia raggiunto",
      "Soglia parzialmente raggiunto",
      "Stile delle formule",
    ]);
    const r = read(tablesOfSpec(spec));
    expect(r.settings).toEqual({
      disabledRules: ["PIRA-W008", "duplicati"],
      thresholds: { low: 0.6, high: 0.8 },
      formulas: "pira",
    });
    expect(r.diagnostics.filter((d) => d.code === "PIRA-X013")).toEqual([]);
  });

  it("defaults: no rule off, 70% / 90%, ordinary Excel formulas", () => {
    expect(read(tablesOfSpec(layout(plan, { generated: false }))).settings).toEqual({
      disabledRules: [],
      thresholds: { low: 0.7, high: 0.9 },
      formulas: "native",
    });
    // "none" leaves the computed columns empty: not a style to remember
    expect(
      read(tablesOfSpec(layout(plan, { formulas: "none", generated: false }))).settings.formulas
    ).toBe("native");
  });

  it("a workbook without the rows (or without Piano) has no settings", () => {
    expect(readWorkbookSettings(pianoWith([]), [])).toEqual(NO_SETTINGS);
    expect(readWorkbookSettings(undefined, [])).toEqual(NO_SETTINGS);
  });

  it("reads what an analyst types", () => {
    const d: never[] = [];
    const s = readWorkbookSettings(
      pianoWith([
        [SETTING_KEYS.disabledRules, "PIRA-W008; W051\nduplicati,completezza"],
        ["soglia RAGGIUNTO", "85%"],
        [SETTING_KEYS.thresholdLow, 60],
        [SETTING_KEYS.formulas, "valori"],
      ]),
      d
    );
    expect(s).toEqual({
      disabledRules: ["PIRA-W008", "W051", "duplicati", "completezza"],
      thresholds: { low: 0.6, high: 0.85 },
      formulas: "values",
    });
    expect(d).toEqual([]);
    expect(splitRules("  ")).toEqual([]);
  });

  it("an unreadable setting is a warning on its cell and the default applies", () => {
    const diagnostics: ReturnType<typeof read>["diagnostics"] = [];
    const s = readWorkbookSettings(
      pianoWith([
        [SETTING_KEYS.thresholdHigh, "molto"],
        [SETTING_KEYS.thresholdLow, 0.7],
        [SETTING_KEYS.formulas, "a mano"],
      ]),
      diagnostics
    );
    expect(s).toEqual({ disabledRules: [], thresholds: null, formulas: null });
    expect(diagnostics.map((d) => [d.code, d.severity, d.sheet, d.cell])).toEqual([
      ["PIRA-X013", "warning", "Piano", "B6"],
      ["PIRA-X013", "warning", "Piano", "B4"],
    ]);
    expect(diagnostics[0].message.it).toContain("«a mano»");
    // thresholds in the wrong order
    const swapped: typeof diagnostics = [];
    expect(
      readWorkbookSettings(
        pianoWith([
          [SETTING_KEYS.thresholdHigh, 0.5],
          [SETTING_KEYS.thresholdLow, 0.7],
        ]),
        swapped
      ).thresholds
    ).toBeNull();
    expect(swapped.map((d) => d.code)).toEqual(["PIRA-X013"]);
  });

  it("fill uses the workbook's formula style when the caller does not choose one", () => {
    const formulas = (style: "values" | "native") => {
      const tables = tablesOfSpec(layout(plan, { formulas: style, generated: false }));
      const f = fillTables(tables).fill!;
      return f.patch.blocks.flatMap((b) =>
        b.cells.flat().filter((c) => c !== null && typeof c === "object" && "formula" in c)
      ).length;
    };
    expect(formulas("values")).toBe(0);
    expect(formulas("native")).toBeGreaterThan(0);
    // the caller's choice wins
    const tables = tablesOfSpec(layout(plan, { formulas: "values", generated: false }));
    const chosen = fillTables(tables, { style: "native" }).fill!;
    expect(
      chosen.patch.blocks
        .flatMap((b) => b.cells.flat())
        .some((c) => c !== null && typeof c === "object" && "formula" in c)
    ).toBe(true);
  });

  it("rules switched off in the workbook switch off in validation", () => {
    const r = read(
      tablesOfSpec(layout(plan, { disabledRules: ["raggiungimento"], generated: false }))
    );
    const all = validatePlan(r.plan, { asOf: "2021-06-30" });
    const off = validatePlan(r.plan, {
      asOf: "2021-06-30",
      disabledRules: r.settings.disabledRules,
    });
    expect(all.counts.error).toBe(2);
    expect(off.counts.error).toBe(0);
    expect(off.diagnostics.some((d) => /^PIRA-[EW]05/.test(d.code))).toBe(false);
  });
});
