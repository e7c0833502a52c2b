/**
 * A column's settled field, and its name in the mapping file (plan JSON paths: "name",
 * "targets.2021", "actuals.2021-12-31", "programme.code", "extra" …) both ways.
 */
import { SCHEDA_FIELDS } from "./model";
import type { ProgrammeField, TextField } from "./vocabulary";

export type FieldKind =
  | { f: "text"; field: TextField }
  | { f: "reported" }
  | { f: "target"; key: string }
  | { f: "actual"; key: string }
  | { f: "programme"; field: ProgrammeField }
  /** the programme's objective when one per programme, else the indicators' group */
  | { f: "objective" }
  | { f: "extra" };

const TEXT_FIELDS: readonly TextField[] = [
  "name",
  "formula",
  "typology",
  "unit",
  "source",
  "polarity",
  "notes",
  "group",
];
export const MAPPED_PROGRAMME_FIELDS: readonly ProgrammeField[] = [
  "mission",
  "code",
  "title",
  "missionTitle",
  ...SCHEDA_FIELDS,
];

export function fieldPath(k: FieldKind): string {
  switch (k.f) {
    case "text":
      return k.field;
    case "reported":
      return "reportedPerformance";
    case "target":
      return `targets.${k.key}`;
    case "actual":
      return `actuals.${k.key}`;
    case "programme":
      return `programme.${k.field}`;
    case "objective":
      return "objective";
    case "extra":
      return "extra";
  }
}

const ISO = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A mapping file's field name → the field; null when it names none. */
export function parseFieldPath(path: string): FieldKind | null {
  const p = path.trim();
  if ((TEXT_FIELDS as readonly string[]).includes(p)) return { f: "text", field: p as TextField };
  if (p === "reportedPerformance") return { f: "reported" };
  if (p === "objective") return { f: "objective" };
  if (p === "extra") return { f: "extra" };
  if (p.startsWith("targets.")) {
    const key = p.slice("targets.".length);
    return /^\d{4}$/.test(key) || key === "triennium" ? { f: "target", key } : null;
  }
  if (p.startsWith("actuals.")) {
    const key = p.slice("actuals.".length);
    return ISO.test(key) ? { f: "actual", key } : null;
  }
  if (p.startsWith("programme.")) {
    const field = p.slice("programme.".length);
    return (MAPPED_PROGRAMME_FIELDS as readonly string[]).includes(field)
      ? { f: "programme", field: field as ProgrammeField }
      : null;
  }
  return null;
}

export function sameField(a: FieldKind, b: FieldKind): boolean {
  return a.f !== "extra" && fieldPath(a) === fieldPath(b);
}
