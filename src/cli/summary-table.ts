/** The summary rows (src/workbook/write/summary.ts) as a plain-text table for the terminal. */
import type { Lang } from "../core/message";
import { formatItalianNumber } from "../core/values";
import type { SummaryRow } from "../workbook";

const HEAD = {
  it: [
    "Ente / missione / programma",
    "Ind.",
    "Target",
    "Cons.",
    "Ragg.",
    "Parz.",
    "Non r.",
    "N.c.",
    "Media",
    "Budget €",
  ],
  en: [
    "Entity / mission / programme",
    "Ind.",
    "Target",
    "Actual",
    "Ach.",
    "Partly",
    "Not",
    "N.c.",
    "Mean",
    "Budget €",
  ],
};
const TOTAL = { it: "Totale", en: "Total" };
const LABEL_WIDTH = 52;

function number(n: number, lang: Lang, decimals = 0): string {
  if (lang === "it") return formatItalianNumber(n, decimals);
  return n.toLocaleString("en-GB", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function label(r: SummaryRow, lang: Lang): string {
  switch (r.level) {
    case "total":
      return TOTAL[lang];
    case "entity":
      return r.label;
    case "mission":
      return `  ${r.code} ${r.label}`.trimEnd();
    case "programme":
      return `    ${r.code} ${r.label}`.trimEnd();
  }
}

export function summaryText(rows: SummaryRow[], lang: Lang): string {
  const lines = rows.map((r) => [
    cut(label(r, lang), LABEL_WIDTH),
    String(r.indicators),
    String(r.withTarget),
    String(r.withActual),
    String(r.achieved),
    String(r.partly),
    String(r.notAchieved),
    String(r.notComputed),
    r.meanAchievement === null ? "–" : `${number(Math.round(r.meanAchievement * 100), lang)}%`,
    r.budget === null ? "–" : number(r.budget, lang),
  ]);
  const table = [HEAD[lang], ...lines];
  const widths = HEAD[lang].map((_, c) => Math.max(...table.map((l) => l[c].length)));
  const render = (l: string[]) =>
    l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  const out = [render(table[0]), widths.map((w) => "─".repeat(w)).join("  ")];
  rows.forEach((r, i) => {
    if (r.level === "entity" && i > 0) out.push("");
    if (r.level === "total") out.push(widths.map((w) => "─".repeat(w)).join("  "));
    out.push(render(lines[i]));
  });
  return out.map((l) => l.trimEnd()).join("\n");
}
