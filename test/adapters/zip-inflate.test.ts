/**
 * A part inflated by the platform (platformPart): its bytes as stored, or null — never a throw,
 * never a rejection left unhandled — when the stream cannot give them, so the caller asks JSZip.
 */
import JSZip from "jszip";
import { membersOf, platformPart, storedData, type CheckedZipBytes } from "../../src/adapters/zip";

async function packageOf(text: string): Promise<CheckedZipBytes> {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", text, { compression: "DEFLATE" });
  return (await zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
  })) as CheckedZipBytes;
}

const TEXT = "<row>" + "<c><v>1</v></c>".repeat(2000) + "</row>";

test("a deflated part comes back as it was written", async () => {
  const bytes = await packageOf(TEXT);
  const part = await platformPart(bytes, "xl/worksheets/sheet1.xml");
  expect(part && new TextDecoder().decode(part)).toBe(TEXT);
  expect(await platformPart(bytes, "xl/missing.xml")).toBeNull();
});

test("a damaged deflate stream gives null, and no unhandled rejection", async () => {
  const bytes = await packageOf(TEXT);
  const m = membersOf(bytes).find((x) => x.name === "xl/worksheets/sheet1.xml")!;
  const data = storedData(bytes, m);
  // a reserved block type (0b11) in the first block's header: not a deflate stream
  data[0] = 0x07;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on("unhandledRejection", onUnhandled);
  try {
    expect(await platformPart(bytes, m.name)).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
  expect(unhandled).toEqual([]);
});
