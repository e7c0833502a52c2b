/** The analyst's own columns (a record's `extra`) written as columns of Programmi / Indicatori and read again. */
import { newIndicator, newProgramme, type Plan } from "../../src/core/plan";
import { layout } from "../../src/workbook";
import { extraColumns, extraKeyOf } from "../../src/workbook/columns/extra";
import { read } from "../../src/workbook/read/read";
import { tablesOfSpec } from "../../src/workbook/read/spec-tables";

function plan(): Plan {
  const p = newProgramme({
    id: "e-011-005",
    entity: "e",
    mission: "011",
    programme: "005",
    title: "T",
  });
  p.extra = { "Linea d'azione": "Digitale", Note: "del programma" };
  const a = newIndicator({ id: "e-011-005-i1", programme: p.id, name: "A" });
  a.extra = { Peso: "30%", Note: "non è la nota PIRA", "Target atteso": "alto", "Extra: x": "y" };
  const b = newIndicator({ id: "e-011-005-i2", programme: p.id, name: "B" });
  b.extra = { peso: "minuscolo", "": "senza intestazione" };
  const c = newIndicator({ id: "e-011-005-i3", programme: p.id, name: "C" });
  return {
    format: "pira-plan",
    version: 1,
    title: "P",
    firstYear: 2021,
    entities: [{ id: "e", name: "E" }],
    programmes: [p],
    indicators: [a, b, c],
  };
}

test("extra columns come back as they were (a header that reads as a PIRA column gets «Extra: »)", () => {
  const spec = layout(plan());
  const tables = tablesOfSpec(spec);
  const header = tables.indicators?.header ?? [];
  expect(header).toEqual(
    expect.arrayContaining([
      "Peso",
      "Extra: Note",
      "Extra: Target atteso",
      "Extra: Extra: x",
      "Extra: peso",
      "Extra: ",
    ])
  );
  // own columns sit before the computed columns
  expect(header.indexOf("Peso")).toBeLessThan(header.findIndex((h) => h.startsWith("Calcolato: ")));
  expect(tables.programmes?.header).toEqual(expect.arrayContaining(["Linea d'azione", "Note"]));
  const back = read(tables);
  expect(back.plan.indicators.map((i) => i.extra)).toEqual(plan().indicators.map((i) => i.extra));
  expect(back.plan.programmes[0].extra).toEqual(plan().programmes[0].extra);
  expect(back.plan.indicators[0].notes).toEqual([]);
});

test("a column the analyst adds to Indicatori is kept, not dropped", () => {
  const tables = tablesOfSpec(layout(plan()));
  const t = tables.indicators;
  if (!t) throw new Error("no Indicatori");
  t.header.push("Responsabile del dato");
  t.rows.forEach((r, i) => r.push(i === 1 ? "Ufficio studi" : null));
  const back = read(tables);
  expect(back.plan.indicators[1].extra).toEqual({
    peso: "minuscolo",
    "": "senza intestazione",
    "Responsabile del dato": "Ufficio studi",
  });
  expect(
    back.diagnostics.find((d) => d.code === "PIRA-X011" && d.message.it.includes("Responsabile"))
      ?.message.it
  ).toMatch(/tenuta come colonna propria/);
});

test("extraColumns and extraKeyOf", () => {
  const taken = (f: string) => f === "note";
  expect(
    extraColumns([{ extra: { Note: "x" } }, { extra: { Peso: "1", note: "y" } }], taken)
  ).toEqual([
    { key: "Note", header: "Extra: Note" },
    { key: "Peso", header: "Peso" },
    { key: "note", header: "Extra (2): note" },
  ]);
  expect(extraKeyOf("Extra (2): note")).toBe("note");
  expect(extraKeyOf("Peso")).toBe("Peso");
});
