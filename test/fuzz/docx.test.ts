/**
 * Fuzz: the Word reader (src/adapters/docx/read.ts) and the table reader behind it, on a real
 * .docx of analyst tables (test/fixtures/analyst) damaged in its bytes or in its document XML.
 * Reading never throws, finishes in bounded time, explains a refusal in both languages; what it
 * reads, the table reader accounts for cell by cell: placed in the plan or reported.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { readDocx } from "../../src/adapters/docx/read";
import { importGrids, type Grid, type GridBlock } from "../../src/core/grid";
import { docxOf } from "../fixtures/analyst/build";
import { budget, mutate, mutation, timeout } from "./budget";
import { cpuClock } from "../helpers/linear-time";

/** CPU time of this process (test/helpers/linear-time.ts cpuClock): other processes do not count. */
const LIMIT_MS = 5_000;

function nonEmpty(g: Grid): number {
  let n = 0;
  for (const row of g.rows)
    for (const v of row) if (v !== null && !(typeof v === "string" && v.trim() === "")) n++;
  return n;
}

async function check(bytes: Uint8Array): Promise<void> {
  const cpu = cpuClock();
  const read = await readDocx(bytes);
  if (!read.ok) {
    expect(read.reason.it.length).toBeGreaterThan(10);
    expect(read.reason.en.length).toBeGreaterThan(10);
    return;
  }
  const r = importGrids(read.blocks);
  expect(cpu()).toBeLessThan(LIMIT_MS);
  const grids = read.blocks.filter(
    (b): b is Extract<GridBlock, { kind: "grid" }> => b.kind === "grid"
  );
  const total = grids.reduce((n, b) => n + nonEmpty(b.grid), 0);
  const reported = r.report.notUnderstood
    .filter((u) => u.cells > 0)
    .reduce((n, u) => n + u.cells, 0);
  // cells of grids placed or reported; paragraphs may be either too, or headings taken as context
  expect(r.report.counts.placed + reported).toBeGreaterThanOrEqual(total);
  if (!r.ok) expect(r.reason.it.length).toBeGreaterThan(0);
  expect(() => JSON.stringify(r)).not.toThrow();
}

const SNIPPETS = [
  "<w:tc>",
  "</w:tc>",
  "<w:tr>",
  "</w:tr>",
  "<w:tbl>",
  "</w:tbl>",
  '<w:gridSpan w:val="99999"/>',
  '<w:gridSpan w:val="-1"/>',
  '<w:vMerge w:val="restart"/>',
  "<w:vMerge/>",
  '<w:outlineLvl w:val="8"/>',
  "<w:t>98,47%</w:t>",
  "&amp;",
  "&#0;",
  "&x;",
  '<!DOCTYPE d [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  "&b;",
  "<![CDATA[<w:t>",
];

const position = fc.noBias(fc.nat(999_999)).map((n) => n / 1_000_000);
const xmlEdit = fc.record({
  at: position,
  cut: fc.integer({ min: 0, max: 200 }),
  text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 8 })),
});

describe("Word reader on damaged documents", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await docxOf();
  });

  test("the undamaged document holds the invariants", async () => check(original));

  test(
    "bytes of the file damaged",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation(), { minLength: 1, maxLength: 3 }), async (m) =>
          check(mutate(original, m))
        ),
        budget(40)
      );
    },
    timeout(120_000)
  );

  test(
    "the document XML damaged, the package zipped again",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(xmlEdit, { minLength: 1, maxLength: 4 }), async (edits) => {
          const zip = await JSZip.loadAsync(original);
          let xml = await zip.file("word/document.xml")!.async("string");
          for (const e of edits) {
            const i = Math.floor(e.at * xml.length);
            xml = xml.slice(0, i) + e.text + xml.slice(i + e.cut);
          }
          zip.file("word/document.xml", xml);
          await check(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
        }),
        budget(60)
      );
    },
    timeout(120_000)
  );
});
