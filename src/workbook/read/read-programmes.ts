/** Reading the Programmi table back into the plan's programmes. */
import { normaliseCode } from "../../core/catalogue";
import { message } from "../../core/message";
import { programmeId } from "../../core/plan";
import type { Budget, Entity, Programme } from "../../core/plan";
import { readValue } from "../../core/values";
import { diagnostic, type WorkbookDiagnostic } from "../diagnostics";
import { foldHeader } from "../columns/headers";
import { PROGRAMME_COLUMNS as C, WORDS } from "../columns/names";
import { TableReader } from "./row-reader";
import { RowIds } from "./row-ids";
import type { Scalar } from "../write/spec";
import type { TableData } from "./tables";
import { readPhases, splitLines } from "../columns/text-fields";

const KNOWN = new Set(Object.values(C).map(foldHeader));

/** A folded header is a Programmi column. */
export function isProgrammeColumn(folded: string): boolean {
  return KNOWN.has(folded);
}

function code(v: Scalar): string | null {
  if (typeof v === "number" || typeof v === "string") return normaliseCode(v);
  return null;
}

function amount(v: Scalar): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "") {
    const r = readValue(v);
    return r.ok && r.value.number ? r.value.number.toNumber() : null;
  }
  return null;
}

function budget(r: TableReader, i: number): Budget | null {
  const raw = r.text(i, C.budgetRaw);
  const amountCell = r.value(i, C.budgetAmount);
  if (raw === null && (amountCell === null || amountCell === "")) return null;
  return { raw: raw === WORDS.empty ? "" : (raw ?? ""), amount: amount(amountCell) };
}

export interface ProgrammesRead {
  programmes: Programme[];
  /** entities referred to but not in Enti: added with their id as name */
  addedEntities: Entity[];
}

export function readProgrammes(
  table: TableData,
  entities: Entity[],
  diagnostics: WorkbookDiagnostic[]
): ProgrammesRead {
  const r = new TableReader(table, (f) => KNOWN.has(f));
  diagnostics.push(...r.requireColumns([C.mission, C.programme]));
  const entityIds = new Set(entities.map((e) => e.id));
  const addedEntities: Entity[] = [];
  const ids = new RowIds(r, C.id);
  const programmes: Programme[] = [];
  const where = (i: number, column: string) => ({ sheet: table.sheet, cell: r.cell(i, column) });

  for (let i = 0; i < r.rowCount; i++) {
    if (r.blankRow(i)) continue;
    const entity = r.key(i, C.entity) ?? entities[0]?.id ?? "";
    if (entity && !entityIds.has(entity)) {
      entityIds.add(entity);
      addedEntities.push({ id: entity, name: entity });
      diagnostics.push(
        diagnostic(
          "PIRA-X012",
          "warning",
          message(
            `Ente «${entity}» non presente nella tabella Enti: aggiunto.`,
            `Entity «${entity}» is not in the Enti table: added.`
          ),
          {
            ...where(i, C.entity),
            entity,
            field: "entity",
          }
        )
      );
    }
    const missionCell = r.value(i, C.mission);
    const programmeCell = r.value(i, C.programme);
    const mission = code(missionCell) ?? r.key(i, C.mission) ?? "";
    const progCode = code(programmeCell) ?? r.key(i, C.programme) ?? "";
    for (const [cell, column, field] of [
      [missionCell, C.mission, "mission"],
      [programmeCell, C.programme, "programme"],
    ] as const) {
      if (code(cell) === null) {
        diagnostics.push(
          diagnostic(
            "PIRA-X006",
            "error",
            message(
              `Codice «${cell ?? ""}» non valido: servono tre cifre, es. 011.`,
              `Invalid code «${cell ?? ""}»: three digits expected, e.g. 011.`
            ),
            {
              ...where(i, column),
              field,
            }
          )
        );
      }
    }
    const id = ids.of(
      i,
      (inUse) => programmeId(entity || "p", mission || "000", progCode || "000", inUse),
      {
        missing: (fresh) =>
          message(
            `Programma senza id: assegnato «${fresh}».`,
            `Programme without an id: given «${fresh}».`
          ),
        repeated: (id, fresh) =>
          message(
            `Id di programma ripetuto «${id}»: assegnato «${fresh}».`,
            `Repeated programme id «${id}»: given «${fresh}».`
          ),
      },
      (fresh) => ({ ...where(i, C.id), programme: fresh, field: "id" }),
      diagnostics
    );
    // the analyst's own columns: kept in the record's extra, under their header
    const extra = r.extra(i);
    const programme: Programme = {
      id,
      entity,
      mission,
      programme: progCode,
      title: r.text(i, C.title) ?? "",
      strategicArea: r.text(i, C.strategicArea),
      strategicProgramme: r.text(i, C.strategicProgramme),
      objective: r.text(i, C.objective),
      benefits: splitLines(r.text(i, C.benefits)),
      description: r.text(i, C.description),
      budget: budget(r, i),
      responsible: r.text(i, C.responsible),
      stakeholders: r.text(i, C.stakeholders),
      phases: readPhases(r.text(i, C.phases)),
    };
    if (Object.keys(extra).length > 0) programme.extra = extra;
    programmes.push(programme);
  }
  return { programmes, addedEntities };
}
