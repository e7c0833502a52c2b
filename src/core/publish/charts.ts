/**
 * The Rapporto's charts, from the summary rows: the outcome mix of the indicators, and the mean
 * achievement of each programme (at most BARS_PER_CHART bars a chart: a longer list is split).
 */
import { outcome } from "../performance";
import type { SummaryRow, Thresholds } from "../results";
import type { Chart, ChartBar, Tone } from "./chart-model";
import { countText, percentText } from "./format";

export const BARS_PER_CHART = 25;

const TONE_OF: Record<string, Tone> = {
  raggiunto: "achieved",
  "parzialmente raggiunto": "partly",
  "non raggiunto": "not",
};

/** The outcome mix of a summary row (the whole plan, an entity). */
export function outcomeMixChart(id: string, title: string, row: SummaryRow): Chart {
  const total = row.indicators;
  const share = (n: number) => (total > 0 ? ` (${percentText(n / total)})` : "");
  const bars: ChartBar[] = [
    { label: "Raggiunti", value: row.achieved, tone: "achieved" },
    { label: "Parzialmente raggiunti", value: row.partly, tone: "partly" },
    { label: "Non raggiunti", value: row.notAchieved, tone: "not" },
    { label: "Non calcolabili (n.d.)", value: row.notComputed, tone: "none" },
  ].map((b) => ({ ...b, tone: b.tone as Tone, valueText: `${b.value}${share(b.value)}` }));
  const description =
    `${title}: ${countText(total, "indicatore", "indicatori")}; ` +
    bars.map((b) => `${b.label.toLowerCase()} ${b.valueText}`).join("; ") +
    ".";
  return {
    id,
    title,
    description,
    max: Math.max(1, ...bars.map((b) => b.value)),
    scale: "count",
    bars,
    dataColumns: ["Esito", "Indicatori"],
  };
}

/** The programmes' mean achievement (each with its label), in charts of at most BARS_PER_CHART bars. */
export function achievementCharts(
  id: string,
  title: string,
  programmes: { label: string; row: SummaryRow }[],
  thresholds: Thresholds
): Chart[] {
  const bars: ChartBar[] = programmes.map(({ label, row }) => {
    const mean = row.meanAchievement;
    if (mean === null) return { label, value: 0, valueText: "n.d.", tone: "none" };
    return {
      label,
      value: Math.min(1, Math.max(0, mean)),
      valueText: percentText(mean, 1),
      tone: TONE_OF[outcome(mean, thresholds.low, thresholds.high)],
    };
  });
  const parts = Math.max(1, Math.ceil(bars.length / BARS_PER_CHART));
  const charts: Chart[] = [];
  for (let k = 0; k < parts; k++) {
    const slice = bars.slice(k * BARS_PER_CHART, (k + 1) * BARS_PER_CHART);
    const t = parts > 1 ? `${title} (parte ${k + 1} di ${parts})` : title;
    charts.push({
      id: parts > 1 ? `${id}-${k + 1}` : id,
      title: t,
      description:
        `${t}, in percentuale (100% = tutti i target raggiunti): ` +
        (slice.length
          ? slice.map((b) => `${b.label} ${b.valueText}`).join("; ")
          : "nessun programma") +
        ".",
      max: 1,
      scale: "percent",
      bars: slice,
      dataColumns: ["Programma", "Raggiungimento medio"],
    });
  }
  return charts;
}
