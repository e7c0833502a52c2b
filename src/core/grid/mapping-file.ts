/**
 * The mapping file (`--mapping MAP.json`, and `OUT.mapping.json` written beside an import report):
 * each table's columns with the field they map to. Read back, only header → field counts; a file
 * may also be a plain object { "Header": "field" } or { "columns": [{ "header", "field" }] }.
 */
import type { Lang } from "../message";
import { message, type Message } from "../message";
import { parseFieldPath } from "./fields";
import type { GridMapping, MappingOverride } from "./types";

export type MappingRead =
  { ok: true; mapping: MappingOverride; warnings: Message[] } | { ok: false; reason: Message };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function columnsOf(
  list: unknown,
  where: string,
  warnings: Message[]
): { header: string; field: string }[] | null {
  if (!Array.isArray(list)) return null;
  const out: { header: string; field: string }[] = [];
  list.forEach((c, i) => {
    if (!isObject(c) || typeof c.header !== "string" || typeof c.field !== "string") {
      warnings.push(
        message(
          `${where}[${i}]: atteso { "header": testo, "field": testo }: ignorato.`,
          `${where}[${i}]: expected { "header": text, "field": text }: ignored.`
        )
      );
      return;
    }
    if (parseFieldPath(c.field) === null) {
      warnings.push(
        message(
          `${where}[${i}]: «${c.field}» non è un campo del piano (es. name, formula, unit, targets.2021, actuals.2021-12-31, programme.code, extra): ignorato.`,
          `${where}[${i}]: «${c.field}» is not a plan field (e.g. name, formula, unit, targets.2021, actuals.2021-12-31, programme.code, extra): ignored.`
        )
      );
      return;
    }
    out.push({ header: c.header, field: c.field });
  });
  return out;
}

/** Reads a mapping file's text. */
export function readMapping(text: string): MappingRead {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      reason: message(
        `la mappatura non è JSON valido: ${why}`,
        `the mapping is not valid JSON: ${why}`
      ),
    };
  }
  const warnings: Message[] = [];
  if (!isObject(data))
    return {
      ok: false,
      reason: message(
        "la mappatura deve essere un oggetto JSON",
        "the mapping must be a JSON object"
      ),
    };
  if (Array.isArray(data.tables)) {
    const tables: MappingOverride["tables"] = [];
    data.tables.forEach((t, i) => {
      if (!isObject(t)) return;
      const columns = columnsOf(t.columns, `tables[${i}].columns`, warnings);
      if (columns === null) return;
      tables.push({ ...(typeof t.source === "string" ? { source: t.source } : {}), columns });
    });
    return { ok: true, mapping: { tables }, warnings };
  }
  if (Array.isArray(data.columns)) {
    const columns = columnsOf(data.columns, "columns", warnings) ?? [];
    return { ok: true, mapping: { tables: [{ columns }] }, warnings };
  }
  const pairs = Object.entries(data).map(([header, field]) => ({ header, field }));
  const columns = columnsOf(pairs, "mapping", warnings);
  if (columns === null || pairs.some((p) => typeof p.field !== "string"))
    return {
      ok: false,
      reason: message(
        'la mappatura non ha la forma attesa: { "tables": [{ "columns": [{ "header", "field" }] }] } oppure { "Intestazione": "campo" }',
        'the mapping is not in the expected shape: { "tables": [{ "columns": [{ "header", "field" }] }] } or { "Header": "field" }'
      ),
    };
  return { ok: true, mapping: { tables: [{ columns }] }, warnings };
}

/** The mapping used, as the file written beside the import report (reasons in one language). */
export function mappingJson(mapping: GridMapping, lang: Lang): string {
  return `${JSON.stringify(
    {
      format: mapping.format,
      version: mapping.version,
      tables: mapping.tables.map((t) => ({
        source: t.source,
        headerRows: t.headerRows,
        columns: t.columns.map((c) => ({
          at: c.at,
          header: c.header,
          field: c.field,
          confidence: Math.round(c.confidence * 100) / 100,
          reason: c.reason[lang],
        })),
      })),
    },
    null,
    2
  )}\n`;
}
