/**
 * Shared by the importer's tests: the reference document, variants generated from it, and a
 * summary of a plan's structure to compare imports with.
 */
import * as fs from "fs";
import type { Plan } from "../../src/core/plan/types";
import { SEED_PATH } from "../helpers/seed";

export const REFERENCE_PATH = SEED_PATH;

export function referenceText(): string {
  return fs.readFileSync(REFERENCE_PATH, "utf8");
}

/** Lines from..to (1-based, inclusive) of a text. */
export function lineRange(text: string, from: number, to: number): string[] {
  return text.split("\n").slice(from - 1, to);
}

/** Every year 1990..2099 moved by `by` ("2020" → "2023"), and two-digit dates ("30/09/20" → "30/09/23"). */
export function shiftYears(text: string, by: number): string {
  return text
    .replace(/\b(19[9]\d|20\d{2})\b/g, (y) => String(Number(y) + by))
    .replace(
      /(\d{1,2}\/\d{1,2}\/)(\d{2})(?!\d)/g,
      (_m, d: string, y: string) => `${d}${String(Number(y) + by).padStart(2, "0")}`
    );
}

/** In every table cell that is only a figure, each digit 0-8 becomes the next one (9 stays). */
export function otherValues(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      !line.includes("\t")
        ? line
        : line
            .split("\t")
            .map((cell) =>
              /^(?:€ |% |n\. )?-?[\d.,]+%?$/.test(cell.trim()) &&
              !/^(19|20)\d{2}$/.test(cell.trim())
                ? cell.replace(/[0-8]/g, (d) => String(Number(d) + 1))
                : cell
            )
            .join("\t")
    )
    .join("\n");
}

export const withCrlf = (text: string): string => text.replace(/\r?\n/g, "\r\n");
export const withNbsp = (text: string): string => text.replace(/ /g, "\u00a0");
export const withoutTags = (text: string): string => text.replace(/<[^<>]+>/g, "");

/** Blocks of lines moved: `order` lists [from, to] ranges (1-based, inclusive) in their new order. */
export function reorder(text: string, head: [number, number], order: [number, number][]): string {
  const lines = text.split("\n");
  const pick = ([a, b]: [number, number]): string[] => lines.slice(a - 1, b);
  return [...pick(head), ...order.flatMap(pick)].join("\n");
}

export interface ProgrammeShape {
  entity: number;
  code: string;
  strategicProgramme: string | null;
  indicators: number;
  progress: number;
  groups: string[];
  phases: number;
}

/** What must not change between a document and its variants. */
export function shape(plan: Plan): ProgrammeShape[] {
  return plan.programmes.map((p) => {
    const inds = plan.indicators.filter((i) => i.programme === p.id);
    return {
      entity: plan.entities.findIndex((e) => e.id === p.entity),
      code: `${p.mission}.${p.programme}`,
      strategicProgramme: p.strategicProgramme,
      indicators: inds.filter((i) => i.kind === "indicator").length,
      progress: inds.filter((i) => i.kind === "progress").length,
      groups: [...new Set(inds.map((i) => i.group).filter((g): g is string => g !== null))],
      phases: p.phases.length,
    };
  });
}

/** Every string held anywhere in a value (for "nothing lost" checks). */
export function allStrings(x: unknown, out: string[] = []): string[] {
  if (typeof x === "string") out.push(x);
  else if (Array.isArray(x)) for (const v of x) allStrings(v, out);
  else if (x && typeof x === "object") for (const v of Object.values(x)) allStrings(v, out);
  return out;
}

/**
 * The documents of test/fixtures/documents/, generated from the reference document (see the README
 * there); import-fixtures.test.ts checks the files still match.
 */
export function fixtureDocuments(): Record<string, string> {
  const text = referenceText();
  const otherNames = (t: string): string =>
    t
      .replace(/PISTOIA/g, "LUCCA")
      .replace(/Pistoia/g, "Lucca")
      .replace(/PRATO/g, "AREZZO")
      .replace(/Prato/g, "Arezzo");
  return {
    "pistoia-layout-only.txt": lineRange(text, 1, 140).join("\n") + "\n",
    "prato-layout-only.txt":
      [...lineRange(text, 1, 41), ...lineRange(text, 141, 383)].join("\n") + "\n",
    "other-chambers-2023-crlf.txt": withCrlf(shiftYears(otherNames(text), 3)),
  };
}
