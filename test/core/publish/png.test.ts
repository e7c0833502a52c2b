/**
 * The chart images: the deflate encoder against Node's zlib (any bytes, any row length), the PNG
 * container (signature, chunk CRCs, Adler-32), the pixels drawn where the scene puts its shapes.
 */
import * as zlib from "zlib";
import fc from "fast-check";
import { chartScene } from "../../../src/core/publish/chart-scene";
import type { Chart } from "../../../src/core/publish/chart-model";
import { deflateRows } from "../../../src/core/publish/deflate";
import { crc32 } from "../../../src/core/bytes";
import { adler32, encodePng, zlib as zlibStream } from "../../../src/core/publish/png";
import { rasterize } from "../../../src/core/publish/raster";
import { glyph, textWidth } from "../../../src/core/publish/font";

const chart: Chart = {
  id: "c",
  title: "Raggiungimento medio per programma",
  description: "…",
  max: 1,
  scale: "percent",
  bars: [
    { label: "011.005 – Promozione", value: 0.364, valueText: "36,4%", tone: "not" },
    { label: "012.004 – Vigilanza", value: 1, valueText: "100,0%", tone: "achieved" },
    { label: "032.003 – Servizi", value: 0.8, valueText: "80,0%", tone: "partly" },
  ],
  dataColumns: ["Programma", "Raggiungimento medio"],
};

describe("deflate", () => {
  it("inflates back to the bytes, for any bytes and row length", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 5000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 3 }),
        (bytes, row, alphabet) => {
          // small alphabets make runs and repeated rows, as pictures have
          const data = alphabet ? bytes.map((b) => b % (alphabet + 1)) : bytes;
          const back = zlib.inflateRawSync(deflateRows(data, row));
          expect(Buffer.compare(back, Buffer.from(data))).toBe(0);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("compresses a picture's repeated rows and runs", () => {
    const width = 1521;
    const data = new Uint8Array(width * 400);
    for (let y = 100; y < 140; y++) data.fill(4, y * width + 600, y * width + 1200);
    const out = deflateRows(data, width);
    // a match covers at most 258 bytes in about 2 bytes: close to the 1:100 deflate allows
    expect(out.length).toBeLessThan(data.length / 80);
    expect(Buffer.compare(zlib.inflateRawSync(out), Buffer.from(data))).toBe(0);
  });

  it("a zlib stream with the Adler-32 Node's zlib computes", () => {
    const data = new TextEncoder().encode("Raggiungimento 98,47% ".repeat(3000));
    expect(Buffer.compare(zlib.inflateSync(zlibStream(data)), Buffer.from(data))).toBe(0);
    expect(adler32(new Uint8Array(0))).toBe(1);
    expect(adler32(new TextEncoder().encode("Wikipedia"))).toBe(0x11e60398);
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

/** PNG chunks: type, data, and whether the CRC is right. */
function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const b = Buffer.from(png);
  const out = [];
  for (let p = 8; p < b.length;) {
    const len = b.readUInt32BE(p);
    const type = b.toString("latin1", p + 4, p + 8);
    const data = b.subarray(p + 8, p + 8 + len);
    const crc = b.readUInt32BE(p + 8 + len);
    out.push({ type, data, crcOk: crc === zlib.crc32(b.subarray(p + 4, p + 8 + len)) });
    p += 12 + len;
  }
  return out;
}

describe("PNG", () => {
  const scene = chartScene(chart);
  const image = rasterize(scene, 2);
  const png = encodePng(image);

  it("is a well-formed indexed-colour PNG of the scene's size at scale 2", () => {
    expect(Buffer.from(png.subarray(0, 8)).toString("hex")).toBe("89504e470d0a1a0a");
    const cs = chunks(png);
    expect(cs.map((c) => c.type)).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
    expect(cs.every((c) => c.crcOk)).toBe(true);
    const ihdr = cs[0].data;
    expect(ihdr.readUInt32BE(0)).toBe(scene.width * 2);
    expect(ihdr.readUInt32BE(4)).toBe(scene.height * 2);
    expect([ihdr[8], ihdr[9]]).toEqual([8, 3]);
    const raw = zlib.inflateSync(cs[2].data);
    expect(raw.length).toBe(image.height * (image.width + 1));
    // unfiltered rows holding the raster's pixels
    for (let y = 0; y < image.height; y += 37) {
      expect(raw[y * (image.width + 1)]).toBe(0);
      expect(
        Buffer.compare(
          raw.subarray(y * (image.width + 1) + 1, (y + 1) * (image.width + 1)),
          Buffer.from(image.pixels.subarray(y * image.width, (y + 1) * image.width))
        )
      ).toBe(0);
    }
  });

  it("draws each bar in its colour, as long as its value", () => {
    const palette = image.palette.map(
      ([r, g, b]) => `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("")}`
    );
    const bars = scene.shapes.filter((s) => s.kind === "rect" && s.paint !== "background");
    expect(bars).toHaveLength(3);
    for (const bar of bars) {
      if (bar.kind !== "rect") continue;
      const y = (bar.y + bar.h / 2) * 2;
      const inside = image.pixels[y * image.width + (bar.x + bar.w - 1) * 2];
      const after = image.pixels[y * image.width + (bar.x + bar.w + 2) * 2];
      expect(palette[inside]).not.toBe("#ffffff");
      expect(palette[after]).toBe("#ffffff");
    }
    expect(bars.map((b) => (b.kind === "rect" ? b.w : 0))).toEqual([
      Math.round(0.364 * 320),
      320,
      256,
    ]);
  });

  it("writes the texts: the label's pixels are in the text colour", () => {
    const label = scene.shapes.find((s) => s.kind === "text" && s.text === "011.005 – Promozione");
    expect(label).toBeDefined();
    if (label?.kind !== "text") return;
    const text = image.palette.findIndex(([r, g, b]) => r === 0x1a && g === 0x1a && b === 0x1a);
    let on = 0;
    const w = textWidth(label.text);
    for (let y = (label.y - 7) * 2; y < label.y * 2; y++)
      for (let x = label.x * 2; x < (label.x + w) * 2; x++)
        if (image.pixels[y * image.width + x] === text) on++;
    expect(on).toBeGreaterThan(100);
  });

  it("has a glyph for every character of Italian texts, accents included", () => {
    const unknown = glyph("\u2603");
    for (const ch of "0123456789%,.€àèéìòù–ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz()'")
      expect(glyph(ch)).not.toBe(unknown);
    expect(glyph("È")).toBe(glyph("E"));
  });
});
