/**
 * A chart scene drawn into pixels (palette indices), for the PNG image the Word document embeds:
 * rectangles, axis-parallel lines and the texts in the bitmap font of font.ts, at `scale` image
 * pixels to a scene pixel (2: sharp at the width of a page).
 */
import type { Paint, Scene } from "./chart-scene";
import { PAINT } from "./chart-scene";
import { ADVANCE, BASELINE, glyph, GLYPH_HEIGHT, GLYPH_WIDTH, textWidth } from "./font";

export interface Raster {
  width: number;
  height: number;
  /** one palette index a pixel, row by row */
  pixels: Uint8Array;
  /** the palette: [r, g, b] a colour */
  palette: [number, number, number][];
}

const PAINTS = Object.keys(PAINT) as Paint[];

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rasterize(scene: Scene, scale = 2): Raster {
  const width = Math.round(scene.width * scale);
  const height = Math.round(scene.height * scale);
  const pixels = new Uint8Array(width * height);
  const index = (p: Paint) => PAINTS.indexOf(p);

  const fill = (x0: number, y0: number, x1: number, y1: number, c: number) => {
    const xa = Math.max(0, Math.round(x0));
    const xb = Math.min(width, Math.round(x1));
    const ya = Math.max(0, Math.round(y0));
    const yb = Math.min(height, Math.round(y1));
    for (let y = ya; y < yb; y++) pixels.fill(c, y * width + xa, y * width + Math.max(xa, xb));
  };

  for (const s of scene.shapes) {
    const c = index(s.paint);
    if (s.kind === "rect") {
      fill(s.x * scale, s.y * scale, (s.x + s.w) * scale, (s.y + s.h) * scale, c);
    } else if (s.kind === "line") {
      // the scenes draw only horizontal and vertical lines, one scene pixel wide
      const x0 = Math.min(s.x1, s.x2) * scale;
      const y0 = Math.min(s.y1, s.y2) * scale;
      const x1 = Math.max(s.x1, s.x2) * scale;
      const y1 = Math.max(s.y1, s.y2) * scale;
      fill(x0, y0, Math.max(x1, x0 + scale), Math.max(y1, y0 + scale), c);
    } else {
      const w = textWidth(s.text);
      const left = s.anchor === "start" ? s.x : s.anchor === "end" ? s.x - w : s.x - w / 2;
      const top = s.y - BASELINE;
      let pen = left;
      for (const ch of s.text) {
        const g = glyph(ch);
        for (let r = 0; r < GLYPH_HEIGHT; r++) {
          const row = g[r];
          for (let k = 0; k < GLYPH_WIDTH; k++) {
            if (row.charCodeAt(k) !== 35) continue; // "#"
            const px = (pen + k) * scale;
            const py = (top + r) * scale;
            fill(px, py, px + scale, py + scale, c);
          }
        }
        pen += ADVANCE;
      }
    }
  }
  return { width, height, pixels, palette: PAINTS.map((p) => rgb(PAINT[p])) };
}
