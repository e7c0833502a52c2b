/**
 * Fields that are lists in the plan and one cell in the workbook: benefits and notes (one per
 * line), phases ("Nome: 2020, 2021" per line).
 */
import type { Phase } from "../../core/plan";

export function joinLines(items: readonly string[]): string | null {
  return items.length ? items.join("\n") : null;
}

export function splitLines(text: string | null): string[] {
  if (text === null || text.trim() === "") return [];
  return text.replace(/\r\n?/g, "\n").split("\n");
}

/** One line per phase: "Name: 2020, 2021" ("Name:" when it has no years). */
export function writePhases(phases: readonly Phase[]): string | null {
  if (!phases.length) return null;
  return phases
    .map((p) => `${p.name}:${p.years.length ? " " + p.years.join(", ") : ""}`)
    .join("\n");
}

const PHASE_LINE = /^(.*):\s*((?:\d{4})(?:\s*[,;]\s*\d{4})*)?\s*$/s;

/** Reads phases back; a line without ": years" is a phase without years. */
export function readPhases(text: string | null): Phase[] {
  return splitLines(text)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const m = PHASE_LINE.exec(line);
      if (!m) return { name: line, years: [] };
      const years = m[2] ? m[2].split(/\s*[,;]\s*/).map(Number) : [];
      return { name: m[1], years };
    });
}
