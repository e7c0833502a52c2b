/**
 * The Rapporto's section on the main changes against the previous plan (DPCM 18/9/2012: "the
 * reasons for the main changes"): the changes the reviewer's flags single out, each with the
 * analyst's notes on the indicator where the plan has them, and how many changes there were.
 */
import type { Plan } from "../plan";
import { FLAG_WORDS, KIND_WORDS, fieldWords, valueText, type PlanDiff } from "../review";
import type { Anchors } from "./notes";
import type { Block, Cell } from "./model";

export interface ChangesAgainst {
  diff: PlanDiff;
  /** the previous plan (names and notes of what it had) */
  previous: Plan;
}

const cell = (text: string): Cell => ({ text });

export function changesSection(plan: Plan, against: ChangesAgainst, anchors: Anchors): Block[] {
  const { diff, previous } = against;
  const n = diff.counts;
  const flagged = diff.changes.filter((c) => c.flags.length > 0);
  const programmes = new Map<string, string>();
  for (const p of [...plan.programmes, ...previous.programmes])
    if (!programmes.has(p.id))
      programmes.set(
        p.id,
        `${p.mission}.${p.programme} ${(p.strategicProgramme ?? "").trim() || p.title}`
      );
  const notesOf = (id: string, removed: boolean) =>
    ((removed ? previous : plan).indicators.find((i) => i.id === id)?.notes ?? []).join(" ");
  const since = `${diff.from.title.trim() || "piano precedente"} (${diff.from.firstYear}–${diff.from.firstYear + 2})`;
  const blocks: Block[] = [
    {
      type: "heading",
      level: 1,
      text: "Principali variazioni rispetto al piano precedente",
      anchor: anchors.make("variazioni"),
    },
    {
      type: "paragraph",
      style: "lead",
      text:
        diff.changes.length === 0
          ? `Nessuna variazione degli indicatori rispetto a ${since}.`
          : `Rispetto a ${since}: ${n.added} indicatori aggiunti, ${n.removed} eliminati, ${n.renamed} rinominati, ${n.moved} spostati di programma, ${n.changed} modifiche di target, algoritmo, unità o fonte; ${n.flagged} segnalate qui sotto.`,
    },
  ];
  if (flagged.length === 0) {
    if (diff.changes.length > 0)
      blocks.push({
        type: "paragraph",
        text: "Nessuna variazione rientra tra quelle da motivare (target meno ambiziosi o sotto il valore già raggiunto, serie interrotte, indicatori eliminati senza essere stati raggiunti, nuovi indicatori senza valore di partenza).",
      });
    return blocks;
  }
  blocks.push({
    type: "table",
    caption: "Variazioni da motivare",
    role: "data",
    columns: [
      { label: "Programma", numeric: false },
      { label: "Indicatore", numeric: false },
      { label: "Variazione", numeric: false },
      { label: "Prima", numeric: true },
      { label: "Dopo", numeric: true },
      { label: "Perché è segnalata", numeric: false },
      { label: "Note dell'analista", numeric: false },
    ],
    rows: flagged.map((c) => [
      cell(programmes.get(c.programme) ?? c.programme),
      cell(c.name),
      cell(
        c.field === null
          ? KIND_WORDS[c.kind].it
          : `${KIND_WORDS[c.kind].it}: ${fieldWords(c.field).it}`
      ),
      cell(c.field === null ? "" : valueText(c.before)),
      cell(c.field === null ? "" : valueText(c.after)),
      cell(c.flags.map((f) => FLAG_WORDS[f].it).join("; ")),
      cell(notesOf(c.indicator, c.kind === "removed")),
    ]),
    notes: [],
  });
  return blocks;
}
