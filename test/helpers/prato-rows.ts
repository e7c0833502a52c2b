/**
 * The Prato indicator rows of the reference document, as written: the 11-column rows under each
 * "Indicatori | Tipologia | …" header and the 6-column "Salute finanziaria" rows under their
 * sub-table headers (Equilibrio economico, Proventi, Costi, Patrimonio, Indebitamento).
 */
import { seedLines } from "./seed";

export interface PratoRow {
  /** 1-based line in the reference document */
  line: number;
  table: "indicatori" | "salute";
  name: string;
  formula: string;
  unit: string | null;
  /** the basis actual: "Stato 2020" (indicatori) or "Consuntivo 30.09.2020" (salute) */
  actual: string;
  target: string;
  /** the reported Performance, as written ("29%", "n.d.") */
  reported: string;
}

const INDICATORI_HEADER = /^Indicatori\tTipologia\tIndicatore\tFormula\tUDM\t/;
const SALUTE_HEADER =
  /^(Equilibrio economico|Proventi|Costi|Patrimonio|Indebitamento)\tIndicatore\tFormula\tConsuntivo/;

export function pratoRows(): PratoRow[] {
  const lines = seedLines();
  const rows: PratoRow[] = [];
  let table: PratoRow["table"] | null = null;
  lines.forEach((text, i) => {
    if (INDICATORI_HEADER.test(text)) {
      table = "indicatori";
      return;
    }
    if (SALUTE_HEADER.test(text)) {
      table = "salute";
      return;
    }
    const c = text.split("\t");
    if (table === "indicatori" && c.length === 11 && c[0] === "" && !/Stakeholder/.test(c[1])) {
      const [, , name, formula, unit, , actual, target, , , reported] = c;
      rows.push({ line: i + 1, table, name, formula, unit, actual, target, reported });
      return;
    }
    if (table === "salute" && c.length === 6 && c[0] === "") {
      const [, name, formula, actual, target, reported] = c;
      rows.push({ line: i + 1, table, name, formula, unit: null, actual, target, reported });
      return;
    }
    table = null;
  });
  return rows;
}
