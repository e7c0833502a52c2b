/*
 * Hostile zip packages for tests and the resource bench (test/adapters/safe-zip.test.ts,
 * scripts/bench/60-resources.js): a tiny zip writer, and a workbook whose sheet inflates to
 * hundreds of megabytes from half a megabyte, built without ever holding the inflated sheet.
 *
 * The sheet is one deflate segment (a megabyte of rows, flushed to a byte boundary, referring only
 * to itself) repeated: a raw deflate stream may be a run of such segments ended by an empty final
 * block. Its CRC-32 is computed segment by segment, so the header can tell the truth (refused on
 * the declared size) or lie (refused while inflating).
 */
const zlib = require("zlib");

/** One member: { name, data } stored as given, or { name, raw, size, crc } already deflated. */
function zipOf(members) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, "utf8");
    const data = m.raw ?? zlib.deflateRawSync(m.data);
    const size = m.size ?? m.data.length;
    const crc = m.crc ?? zlib.crc32(m.data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc >>> 0, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(m.localSize ?? size, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, dir, end]));
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = "</sheetData></worksheet>";

/** A deflated sheet of about `mb` megabytes of rows: { raw, size, crc }. */
function bombSheet(mb) {
  // one row a megabyte long: runs of one character deflate at the format's best (about 1,000:1)
  const segment = Buffer.from(
    `<row><c t="inlineStr"><is><t>${"P".repeat(1 << 20)}</t></is></c></row>`
  );
  const flushed = zlib.deflateRawSync(segment, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const head = zlib.deflateRawSync(Buffer.from(HEAD), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const tail = zlib.deflateRawSync(Buffer.from(TAIL)); // ends with the final block
  const parts = [head];
  let crc = zlib.crc32(HEAD);
  for (let k = 0; k < mb; k++) {
    parts.push(flushed);
    crc = zlib.crc32(segment, crc);
  }
  parts.push(tail);
  crc = zlib.crc32(TAIL, crc);
  return { raw: Buffer.concat(parts), size: HEAD.length + segment.length * mb + TAIL.length, crc };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  "</Types>";
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  "</Relationships>";
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Indicatori" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  "</Relationships>";

/**
 * A workbook whose only sheet inflates to about `mb` megabytes. lie: the headers declare a small
 * size (central directory and local header), so only inflating finds out.
 */
function bombWorkbook(mb = 450, { lie = false } = {}) {
  const sheet = bombSheet(mb);
  const declared = lie ? { size: 4096, localSize: 4096 } : {};
  return zipOf([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "_rels/.rels", data: Buffer.from(ROOT_RELS) },
    { name: "xl/workbook.xml", data: Buffer.from(WORKBOOK) },
    { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(WORKBOOK_RELS) },
    { name: "xl/worksheets/sheet1.xml", ...sheet, ...declared },
  ]);
}

module.exports = { zipOf, bombSheet, bombWorkbook };
