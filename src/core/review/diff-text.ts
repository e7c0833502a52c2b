/**
 * The diff as text for the terminal: a headline with the counts, then the changes grouped by
 * programme (the newer plan's order), each programme's flagged changes first.
 */
import type { Lang } from "../message";
import type { PlanChange, PlanDiff } from "./types";
import { FLAG_WORDS, KIND_WORDS, fieldWords, valueText } from "./words";

/** The changes by programme, in first-seen order; within each, flagged first (stable). */
export function groupChanges(changes: readonly PlanChange[]): [string, PlanChange[]][] {
  const groups = new Map<string, PlanChange[]>();
  for (const c of changes) {
    const list = groups.get(c.programme);
    if (list) list.push(c);
    else groups.set(c.programme, [c]);
  }
  return [...groups].map(([p, list]) => [
    p,
    [...list.filter((c) => c.flags.length > 0), ...list.filter((c) => c.flags.length === 0)],
  ]);
}

/** One change on one line. */
export function changeLine(c: PlanChange, lang: Lang): string {
  const kind = KIND_WORDS[c.kind][lang];
  const field = fieldWords(c.field)[lang];
  const what =
    c.field === null ? "" : ` — ${field}: ${valueText(c.before)} → ${valueText(c.after)}`;
  const flags = c.flags.length ? `  [${c.flags.map((f) => FLAG_WORDS[f][lang]).join("; ")}]` : "";
  return `${c.flags.length ? "!" : " "} ${kind}: «${c.name}»${what}${flags}`;
}

export function diffText(
  diff: PlanDiff,
  lang: Lang,
  /** a programme's label by id («011.005 Promozione…»), when known */
  programmeLabel: (id: string) => string = (id) => id
): string {
  const n = diff.counts;
  const it = lang === "it";
  const lines: string[] = [
    it
      ? `Confronto: «${diff.from.title}» (${diff.from.firstYear}) → «${diff.to.title}» (${diff.to.firstYear})`
      : `Comparison: «${diff.from.title}» (${diff.from.firstYear}) → «${diff.to.title}» (${diff.to.firstYear})`,
  ];
  if (diff.changes.length === 0) {
    lines.push(it ? "Nessuna modifica." : "No change.");
    return `${lines.join("\n")}\n`;
  }
  lines.push(
    it
      ? `${diff.changes.length} modifiche: ${n.added} aggiunti, ${n.removed} rimossi, ${n.renamed} rinominati, ${n.moved} spostati, ${n.changed} campi modificati; ${n.flagged} segnalate (!).`
      : `${diff.changes.length} changes: ${n.added} added, ${n.removed} removed, ${n.renamed} renamed, ${n.moved} moved, ${n.changed} fields changed; ${n.flagged} flagged (!).`
  );
  for (const [programme, list] of groupChanges(diff.changes)) {
    lines.push("", `${it ? "Programma" : "Programme"} ${programmeLabel(programme)}`);
    for (const c of list) lines.push(`  ${changeLine(c, lang)}`);
  }
  return `${lines.join("\n")}\n`;
}
