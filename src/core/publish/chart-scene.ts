/**
 * A chart laid out as shapes (rectangles, lines, texts) in pixels: the SVG and the PNG drawings
 * are both made from this one layout, so they show the same thing.
 * Horizontal bars: the labels on the left, the bars from a common origin, the value after each
 * bar, a light grid with its scale below.
 */
import type { Chart, Tone } from "./chart-model";
import { formatItalianNumber } from "../values";

export type Paint = "background" | "text" | "muted" | "grid" | Tone;

/** Colours with a contrast of at least 4.5:1 on white (the bars carry their value as text too). */
export const PAINT: Record<Paint, string> = {
  background: "#ffffff",
  text: "#1a1a1a",
  muted: "#595959",
  grid: "#d9d9d9",
  achieved: "#1b7a3a",
  partly: "#9a5800",
  not: "#b3261e",
  none: "#6b6b6b",
  neutral: "#1f5fa8",
};

export interface RectShape {
  kind: "rect";
  x: number;
  y: number;
  w: number;
  h: number;
  paint: Paint;
}

export interface LineShape {
  kind: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  paint: Paint;
}

export interface TextShape {
  kind: "text";
  /** x of the start (anchor "start") or of the end (anchor "end") */
  x: number;
  /** the baseline */
  y: number;
  text: string;
  anchor: "start" | "end" | "middle";
  paint: Paint;
}

export type Shape = RectShape | LineShape | TextShape;

export interface Scene {
  width: number;
  height: number;
  shapes: Shape[];
}

/** Font size of every text, in pixels; widths are reckoned at CHAR_WIDTH a character. */
export const FONT_SIZE = 12;
export const CHAR_WIDTH = 7;

const WIDTH = 760;
const PAD = 8;
const LABEL_WIDTH = 330;
const BAR_X = PAD + LABEL_WIDTH + 10;
const BAR_SPAN = 320;
const ROW = 26;
const BAR = 16;
const AXIS = 22;

/** A text cut to `chars` characters, with an ellipsis when cut. */
export function fit(text: string, chars: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= chars ? t : `${t.slice(0, Math.max(0, chars - 1)).trimEnd()}…`;
}

/** The scale: its end and its grid steps (0–100% by 25; counts by a round step, up to a round end). */
function scale(chart: Chart): { max: number; ticks: { at: number; label: string }[] } {
  if (chart.scale === "percent")
    return { max: 1, ticks: [0, 0.25, 0.5, 0.75, 1].map((t) => ({ at: t, label: `${t * 100}%` })) };
  const top = Math.max(1, chart.max);
  const raw = top / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw);
  const max = Math.ceil(top / step) * step;
  const ticks: { at: number; label: string }[] = [];
  for (let k = 0; k * step <= max; k++)
    ticks.push({ at: (k * step) / max, label: formatItalianNumber(k * step) });
  return { max, ticks };
}

export function chartScene(chart: Chart): Scene {
  const shapes: Shape[] = [];
  const top = PAD;
  const rows = Math.max(1, chart.bars.length);
  const plotBottom = top + rows * ROW;
  const height = plotBottom + AXIS + PAD;
  shapes.push({ kind: "rect", x: 0, y: 0, w: WIDTH, h: height, paint: "background" });
  const { max, ticks } = scale(chart);
  for (const t of ticks) {
    const x = Math.round(BAR_X + t.at * BAR_SPAN);
    shapes.push({ kind: "line", x1: x, y1: top, x2: x, y2: plotBottom, paint: "grid" });
    shapes.push({
      kind: "text",
      x,
      y: plotBottom + 16,
      text: t.label,
      anchor: "middle",
      paint: "muted",
    });
  }
  shapes.push({ kind: "line", x1: BAR_X, y1: top, x2: BAR_X, y2: plotBottom, paint: "muted" });
  const labelChars = Math.floor(LABEL_WIDTH / CHAR_WIDTH);
  chart.bars.forEach((b, i) => {
    const y = top + i * ROW;
    const w = Math.round((Math.max(0, Math.min(b.value, max)) / max) * BAR_SPAN);
    const baseline = y + ROW / 2 + 4;
    shapes.push({
      kind: "text",
      x: PAD,
      y: baseline,
      text: fit(b.label, labelChars),
      anchor: "start",
      paint: "text",
    });
    if (w > 0)
      shapes.push({ kind: "rect", x: BAR_X, y: y + (ROW - BAR) / 2, w, h: BAR, paint: b.tone });
    shapes.push({
      kind: "text",
      x: BAR_X + w + 6,
      y: baseline,
      text: b.valueText,
      anchor: "start",
      paint: "text",
    });
  });
  if (chart.bars.length === 0)
    shapes.push({
      kind: "text",
      x: PAD,
      y: top + ROW / 2 + 4,
      text: "Nessun dato",
      anchor: "start",
      paint: "muted",
    });
  return { width: WIDTH, height, shapes };
}
