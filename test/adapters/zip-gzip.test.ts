/**
 * The zip writer's deflate: started by add() and waited for by build(), the parts in the order
 * added whatever order their deflates end in; the gzip a program gives (the command line: Node's
 * zlib, cli/node-gzip.ts) writes the same package bytes as the platform's stream; a deflate that
 * fails is reported by build(), never left as an unhandled rejection.
 */
import JSZip from "jszip";
import { ZipBuilder } from "../../src/adapters/zip";
import { useGzip, type Gzip } from "../../src/adapters/zip/gzip";
import { nodeGzip } from "../../src/cli/node-gzip";

const encoder = new TextEncoder();
const sheet = (n: number) =>
  encoder.encode(`<sheetData>${`<row r="${n}"><c><v>${n}</v></c></row>`.repeat(5000)}</sheetData>`);

async function packageWith(gzip: Gzip | null): Promise<Uint8Array> {
  useGzip(gzip);
  try {
    const zip = new ZipBuilder();
    // a large part first, then small ones: the small ones' deflates end first
    await zip.add("xl/worksheets/sheet1.xml", [sheet(1), sheet(2), sheet(3)]);
    await zip.add("xl/worksheets/sheet2.xml", sheet(4));
    await zip.add("[Content_Types].xml", encoder.encode("<Types/>"));
    return await zip.build((p) => (p === "[Content_Types].xml" ? 0 : 1));
  } finally {
    useGzip(null);
  }
}

test("Node's zlib writes the same package bytes as the platform's stream", async () => {
  const stream = await packageWith(null);
  const node = await packageWith(nodeGzip);
  expect(Buffer.from(node).equals(Buffer.from(stream))).toBe(true);
  const zip = await JSZip.loadAsync(node);
  expect(Object.keys(zip.files)).toEqual([
    "[Content_Types].xml",
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
  ]);
  expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toBe(
    new TextDecoder().decode(sheet(4))
  );
});

test("parts keep the order they were added in when their deflates end in another order", async () => {
  const delays = [30, 0, 10];
  let k = 0;
  const slow: Gzip = async (data) => {
    const wait = delays[k++ % delays.length];
    await new Promise((r) => setTimeout(r, wait));
    return nodeGzip(data);
  };
  useGzip(slow);
  try {
    const zip = new ZipBuilder();
    for (const n of [1, 2, 3]) await zip.add(`part${n}.xml`, sheet(n));
    const built = await JSZip.loadAsync(await zip.build());
    expect(Object.keys(built.files)).toEqual(["part1.xml", "part2.xml", "part3.xml"]);
  } finally {
    useGzip(null);
  }
});

test("a deflate that fails is reported by build(), not as an unhandled rejection", async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on("unhandledRejection", onUnhandled);
  useGzip(() => Promise.reject(new Error("disk full")));
  try {
    const zip = new ZipBuilder();
    await zip.add("a.xml", sheet(1));
    await new Promise((r) => setTimeout(r, 20));
    await expect(zip.build()).rejects.toThrow("disk full");
  } finally {
    useGzip(null);
    process.off("unhandledRejection", onUnhandled);
  }
  expect(unhandled).toEqual([]);
});
