/**
 * Bytes to text: Windows-1252 decoded by the core's own table (Node 20's TextDecoder maps
 * 0x80–0x9F to C1 controls, nodejs/node#56542), UTF-8 with or without a BOM, UTF-16 by its BOM.
 */
import { decodeText as cliDecodeText } from "../../src/cli/io";
import { decodeText, decodeWindows1252 } from "../../src/core/text/decode";
import { importDocument } from "../../src/core/import";

/** The code page's 0x80–0x9F, as the Unicode consortium's table gives them (unassigned: C1). */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

describe("decodeWindows1252", () => {
  test("0x80–0x9F by the code page's table, the rest as Latin-1", () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(bytes);
    expect(text.length).toBe(256);
    expect(text.slice(0x80, 0xa0)).toBe(CP1252_HIGH);
    for (let i = 0; i < 0x80; i++) expect(text.charCodeAt(i)).toBe(i);
    for (let i = 0xa0; i < 0x100; i++) expect(text.charCodeAt(i)).toBe(i);
  });

  test("long inputs (chunked) decode whole", () => {
    const bytes = new Uint8Array(100_000).fill(0x80);
    expect(decodeWindows1252(bytes)).toBe("€".repeat(100_000));
  });
});

describe("decodeText", () => {
  test("UTF-8 with and without a byte-order mark", () => {
    const body = new TextEncoder().encode("Città € – ≥ 90%");
    expect(decodeText(body)).toEqual({ text: "Città € – ≥ 90%", encoding: "utf-8" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(decodeText(bom)).toEqual({ text: "Città € – ≥ 90%", encoding: "utf-8" });
  });

  test("not UTF-8: Windows-1252, € and – kept", () => {
    // "€ 1.200,00 – perché" in Windows-1252
    const bytes = new Uint8Array([
      0x80, 0x20, 0x31, 0x2e, 0x32, 0x30, 0x30, 0x2c, 0x30, 0x30, 0x20, 0x96, 0x20, 0x70, 0x65,
      0x72, 0x63, 0x68, 0xe9,
    ]);
    expect(decodeText(bytes)).toEqual({ text: "€ 1.200,00 – perché", encoding: "windows-1252" });
  });

  test("UTF-16 little-endian by its byte-order mark (Excel's Unicode text)", () => {
    const text = "Indicatore\tTarget 2021\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-16le" });
  });
});

// issue 13: "A Windows-1252 document decodes as Latin-1"
test("a Windows-1252 document imports with its € amounts read as amounts (the CLI's decoder)", () => {
  const doc = [
    "**Missione 11 - Competitività e sviluppo delle imprese**",
    "Indicatore\tAlgoritmo\tTarget 2021\tTarget 2022\tTarget 2023",
    "Contributi erogati\tImporto erogato\t€ 1.000\t€ 1.100\t€ 1.200",
  ].join("\n");
  const bytes = new Uint8Array(doc.length);
  for (let i = 0; i < doc.length; i++) bytes[i] = doc[i] === "€" ? 0x80 : doc.charCodeAt(i);
  const { text, encoding } = cliDecodeText(bytes);
  expect(encoding).toBe("windows-1252");
  expect(text).toBe(doc);
  expect(text).not.toMatch(/[\u0080-\u009f]/);
  const ind = importDocument(text).plan.indicators.find((i) => i.name === "Contributi erogati");
  expect(ind?.targets["2021"]).toMatchObject({ raw: "€ 1.000", kind: "currency", value: 1000 });
});
