/**
 * Confronto: the changes between two versions of a plan as a sheet a reviewer filters — an Excel
 * table, one row per change; the kind of change and the reviewer's flag are drop-down lists (on
 * «Elenchi confronto»), flagged rows and removed / added indicators coloured by conditional
 * formats; two columns for the reviewer's own verdict and notes. Flagged changes first, then the
 * newer plan's order (as the text output). Never read back.
 */
import type { Plan } from "../../core/plan";
import {
  FLAG_WORDS,
  KIND_WORDS,
  REVIEW_FLAGS,
  CHANGE_KINDS,
  fieldWords,
  valueText,
  type PlanChange,
  type PlanDiff,
} from "../../core/review";
import { columnLetters } from "../../core/a1";
import { quoteSheet } from "../write/a1";
import { emptySheet, type CellInput, type SheetSpec } from "../write/spec";
import { TABLE_STYLE } from "./plan-sheet";

export const DIFF_SHEET = "Confronto";
export const DIFF_TABLE = "Confronto";
export const DIFF_LISTS_SHEET = "Elenchi confronto";

export const DIFF_COLUMNS = {
  programme: "Programma",
  indicator: "Indicatore",
  kind: "Modifica",
  field: "Campo",
  before: "Prima",
  after: "Dopo",
  flag: "Segnalazione",
  otherFlags: "Altre segnalazioni",
  notes: "Note del piano",
  where: "Dove",
  verdict: "Esito della revisione",
  reviewerNotes: "Note del revisore",
} as const;

type Key = keyof typeof DIFF_COLUMNS;

const WIDTHS: Record<Key, number> = {
  programme: 34,
  indicator: 44,
  kind: 13,
  field: 20,
  before: 18,
  after: 18,
  flag: 34,
  otherFlags: 30,
  notes: 40,
  where: 18,
  verdict: 20,
  reviewerNotes: 40,
};

/** What a reviewer may conclude of a change (a drop-down list, to filter by). */
export const VERDICTS = ["da verificare", "giustificata", "da correggere"] as const;

/** The reviewer's flags from the most to the least serious: the first of a change's is its «Segnalazione». */
const SERIOUSNESS = [
  "target-below-actual",
  "target-lowered",
  "dropped-not-achieved",
  "series-broken",
  "no-baseline",
] as const;

export interface DiffSheetOptions {
  /** the older and newer plans: names for programmes, the indicators' notes */
  old?: Plan;
  next?: Plan;
  /** the cell of an indicator of the newer plan, when the sheet goes into its workbook */
  locate?: (indicator: string, field: string | null) => { sheet: string; cell: string } | null;
}

function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Flagged first, then as they came (the newer plan's order, removed last). */
export function reviewOrder(changes: readonly PlanChange[]): PlanChange[] {
  return [...changes.filter((c) => c.flags.length), ...changes.filter((c) => !c.flags.length)];
}

function programmeNames(plans: (Plan | undefined)[]): (id: string) => string {
  const m = new Map<string, string>();
  for (const plan of plans)
    for (const p of plan?.programmes ?? [])
      if (!m.has(p.id))
        m.set(
          p.id,
          `${p.mission}.${p.programme} ${(p.strategicProgramme ?? "").trim() || p.title}`
        );
  return (id) => m.get(id) ?? id;
}

function notesOf(plans: (Plan | undefined)[]): (id: string) => string | null {
  const m = new Map<string, string>();
  for (const plan of plans)
    for (const i of plan?.indicators ?? [])
      if (!m.has(i.id) && i.notes.length) m.set(i.id, i.notes.join("\n"));
  return (id) => m.get(id) ?? null;
}

/** The Confronto sheet and its lists' sheet. */
export function diffSheets(diff: PlanDiff, options: DiffSheetOptions = {}): SheetSpec[] {
  const sheet = emptySheet(DIFF_SHEET, "generated");
  const lists = emptySheet(DIFF_LISTS_SHEET, "lists");
  const programme = programmeNames([options.next, options.old]);
  // a removed indicator's notes are the older plan's
  const notesNew = notesOf([options.next]);
  const notesOld = notesOf([options.old]);
  const n = diff.counts;
  sheet.blocks.push({
    row: 1,
    col: 1,
    cells: [
      [
        {
          value: `Confronto — «${diff.from.title}» (${diff.from.firstYear}) → «${diff.to.title}» (${diff.to.firstYear})`,
          style: "title",
        },
      ],
      [
        {
          value: `${diff.changes.length} modifiche: ${n.added} aggiunti, ${n.removed} rimossi, ${n.renamed} rinominati, ${n.moved} spostati, ${n.changed} campi modificati; ${n.flagged} segnalate.`,
          style: "muted",
        },
      ],
    ],
  });
  const keys = Object.keys(DIFF_COLUMNS) as Key[];
  const rows = reviewOrder(diff.changes).map((c): CellInput[] => {
    const flags = SERIOUSNESS.filter((f) => c.flags.includes(f));
    const at = c.kind === "removed" ? null : (options.locate?.(c.indicator, c.field) ?? null);
    const target = at ? `${quoteSheet(at.sheet)}!${at.cell}` : null;
    const cells: Record<Key, CellInput> = {
      programme: programme(c.programme),
      indicator: { value: c.name, style: "wrap" },
      kind: KIND_WORDS[c.kind].it,
      field: c.field === null ? null : fieldWords(c.field).it,
      before: c.field === null ? null : { value: valueText(c.before), format: "@" },
      after: c.field === null ? null : { value: valueText(c.after), format: "@" },
      flag: flags.length ? FLAG_WORDS[flags[0]].it : null,
      otherFlags:
        flags.length > 1
          ? flags
              .slice(1)
              .map((f) => FLAG_WORDS[f].it)
              .join("; ")
          : null,
      notes: (c.kind === "removed" ? notesOld : notesNew)(c.indicator),
      where: target
        ? {
            formula: `HYPERLINK(${formulaString(`#${target}`)},${formulaString(target)})`,
            value: target,
            style: "link",
          }
        : null,
      verdict: flags.length ? VERDICTS[0] : null,
      reviewerNotes: null,
    };
    return keys.map((k) => cells[k]);
  });
  const top = 4;
  sheet.tables.push({
    name: DIFF_TABLE,
    row: top,
    col: 1,
    style: TABLE_STYLE,
    columns: keys.map((k) => ({
      name: DIFF_COLUMNS[k],
      width: WIDTHS[k],
      ...(k === "indicator" || k === "notes" || k === "reviewerNotes" ? { wrap: true } : {}),
    })),
    rows: rows.length ? rows : [keys.map(() => null)],
  });
  const last = top + Math.max(rows.length, 1);
  const col = (k: Key) => columnLetters(keys.indexOf(k) + 1);
  // the lists behind the drop-downs
  const kindWords = CHANGE_KINDS.map((k) => KIND_WORDS[k].it);
  const flagWords = REVIEW_FLAGS.map((f) => FLAG_WORDS[f].it);
  lists.blocks.push({
    row: 1,
    col: 1,
    cells: [
      [
        { value: "Modifica", style: "header" },
        { value: "Segnalazione", style: "header" },
        { value: "Esito della revisione", style: "header" },
      ],
      ...Array.from(
        { length: Math.max(kindWords.length, flagWords.length, VERDICTS.length) },
        (_, i) => [kindWords[i] ?? null, flagWords[i] ?? null, VERDICTS[i] ?? null]
      ),
    ],
  });
  lists.widths = [
    { col: 1, width: 14 },
    { col: 2, width: 60 },
    { col: 3, width: 22 },
  ];
  const listRef = (c: string, n: number) =>
    `${quoteSheet(DIFF_LISTS_SHEET)}!$${c}$2:$${c}$${n + 1}`;
  const range = (k: Key) => `${col(k)}${top + 1}:${col(k)}${last}`;
  sheet.validations.push(
    { range: range("kind"), source: listRef("A", kindWords.length), strict: true },
    { range: range("flag"), source: listRef("B", flagWords.length), strict: true },
    { range: range("verdict"), source: listRef("C", VERDICTS.length), strict: true }
  );
  const first = top + 1;
  sheet.highlights = [
    // a flagged change: its whole row
    {
      range: `A${first}:${col("reviewerNotes")}${last}`,
      formula: `$${col("flag")}${first}<>""`,
      color: "amber",
    },
    {
      range: range("kind"),
      formula: `${col("kind")}${first}="${KIND_WORDS.removed.it}"`,
      color: "red",
    },
    {
      range: range("kind"),
      formula: `${col("kind")}${first}="${KIND_WORDS.added.it}"`,
      color: "green",
    },
    { range: range("flag"), formula: `${col("flag")}${first}<>""`, color: "red" },
  ];
  sheet.widths = keys.map((k, i) => ({ col: i + 1, width: WIDTHS[k] }));
  sheet.freeze = { rows: top, cols: 0 };
  sheet.tabColor = "FF7030A0";
  return [sheet, lists];
}
