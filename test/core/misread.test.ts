/**
 * Never invent: a layout read so that values, units or field words become "indicators" is refused
 * with the reason, not imported (a table laid out in columns, one indicator per column).
 */
import { importGrids, type GridCell } from "../../src/core/grid";
import { misreadName } from "../../src/core/grid/misread";

function importRows(rows: GridCell[][]) {
  return importGrids([
    {
      kind: "grid",
      grid: { rows, merges: [], origin: { kind: "sheet", sheet: "Foglio1", row: 1, col: 1 } },
    },
  ]);
}

test.each([
  ["≥ 150", "value"],
  ["40%", "value"],
  ["–", "value"],
  ["maggiore o uguale a 90,00%", "value"],
  ["numero", "unit"],
  ["Percentuale", "unit"],
  ["Unità di misura", "field"],
  ["Target primo anno", "field"],
  ["Target 2024", "field"],
  ["Tipologia", "field"],
])("%s is no indicator's name (%s)", (name, why) => {
  expect(misreadName(name)).toBe(why);
});

test.each([
  "Imprese assistite sui servizi digitali",
  "Numero di pratiche evase entro 5 giorni",
  "Tempo medio di evasione (giorni)",
  "Grado di soddisfazione 2024",
  "Indicatore 12",
])("%s may be a name", (name) => {
  expect(misreadName(name)).toBeNull();
});

test("a fragment of a vertical sheet too short to be recognised is refused, not imported as rows", () => {
  // «Tipologia | Indicatore di …» reads as a header (typology, name): every value below it
  // would be an indicator's name
  const rows: GridCell[][] = [
    ["Tipologia", "Indicatore di risultato"],
    ["Unità di misura", "numero"],
    ["Peso", "40%"],
    ["Target primo anno", "≥ 150"],
  ];
  const r = importRows(rows);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.reason.it).toMatch(/Disposizione non riconosciuta/);
  expect(r.reason.it).toMatch(/«numero»/);
  const said = r.report.diagnostics.filter((d) => d.code === "PIRA-E938");
  expect(said.length).toBeGreaterThanOrEqual(2);
  expect(said[0]).toMatchObject({ severity: "error", sheet: "Foglio1", cell: "B2" });
});
