/**
 * A chart as inline SVG (pure string building): role="img" with its title and its description
 * (the text alternative, figures included) referenced by aria-labelledby / aria-describedby.
 */
import type { Chart } from "./chart-model";
import { chartScene, FONT_SIZE, PAINT, type Shape } from "./chart-scene";
import { escapeXml } from "./escape";

function shape(s: Shape): string {
  if (s.kind === "rect")
    return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" fill="${PAINT[s.paint]}"/>`;
  if (s.kind === "line")
    return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${PAINT[s.paint]}" stroke-width="1"/>`;
  return `<text x="${s.x}" y="${s.y}" text-anchor="${s.anchor}" fill="${PAINT[s.paint]}">${escapeXml(s.text)}</text>`;
}

export function chartSvg(chart: Chart): string {
  const scene = chartScene(chart);
  const id = escapeXml(chart.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" ` +
    `viewBox="0 0 ${scene.width} ${scene.height}" width="${scene.width}" height="${scene.height}" ` +
    `aria-labelledby="${id}-titolo" aria-describedby="${id}-descrizione" ` +
    `font-family="Arial, Helvetica, sans-serif" font-size="${FONT_SIZE}">` +
    `<title id="${id}-titolo">${escapeXml(chart.title)}</title>` +
    `<desc id="${id}-descrizione">${escapeXml(chart.description)}</desc>` +
    scene.shapes.map(shape).join("") +
    `</svg>`
  );
}
