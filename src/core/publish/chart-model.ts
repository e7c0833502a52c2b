/**
 * A chart of the published document, as data: horizontal bars with their labels and values as
 * printed. The SVG (HTML) and PNG (Word) drawings are made from it, and so is its text
 * alternative and the table of its data.
 */

/** The outcome band a bar stands for (its colour), or "neutral" for a plain quantity. */
export type Tone = "achieved" | "partly" | "not" | "none" | "neutral";

export interface ChartBar {
  label: string;
  /** the bar's length on the chart's scale (a fraction for percentages, a count for counts) */
  value: number;
  /** the value as printed beside the bar ("64,3%", "12") */
  valueText: string;
  tone: Tone;
}

export interface Chart {
  /** unique in the document (the SVG's ids derive from it) */
  id: string;
  title: string;
  /** the text alternative: what the chart shows, with its figures */
  description: string;
  /** the scale's end: 1 (100%) for achievement, the largest count for counts */
  max: number;
  scale: "percent" | "count";
  bars: ChartBar[];
  /** headers of the data table: the bars' labels, then their values */
  dataColumns: [string, string];
}
