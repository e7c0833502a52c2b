/**
 * Fuzz: the Word and CSV readers against a model of what the analyst sees (issue 18).
 *
 * Word: a table of generated cells, each cell's visible text written in runs among decoys a
 * reader does not see — hidden runs (w:vanish), deleted and moved-from revisions, the fallback
 * copy of a text box — and beside inserted and moved-to revisions; the table in the body, in a
 * text box, or nested in another table. The reader must give back exactly the visible text of
 * every cell, and no decoy anywhere.
 *
 * CSV: a generated table written with a delimiter (";", ",", tab), quoted as an RFC 4180 writer
 * does, in an encoding (UTF-8 with or without its mark, Windows-1252, a UTF-8 mark before
 * Windows-1252 lines); then, sometimes, one line rewritten with another delimiter or one quote
 * left open. The reader gives back every record, says each damage at its line, and swallows
 * nothing.
 */
import fc from "fast-check";
import { documentBlocks } from "../../src/adapters/docx/read";
import { readCsv } from "../../src/core/grid";
import { decodeText } from "../../src/core/text/decode";
import { windows1252 } from "../fixtures/analyst/build";
import { budget, timeout } from "./budget";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (t: string, rPr = "") =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;

/** Text a reader sees, and decoys it does not (each decoy holds the marker «§»). */
const piece = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .stringMatching(/^[A-Za-z0-9àèéìòù%,.\- ]{1,8}$/)
      .map((t) => ({ seen: t, xml: run(t) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .stringMatching(/^[a-z0-9]{1,5}$/)
      .map((t) => ({ seen: t, xml: `<w:ins w:id="1">${run(t)}</w:ins>` })),
  },
  {
    weight: 1,
    arbitrary: fc
      .stringMatching(/^[a-z0-9]{1,5}$/)
      .map((t) => ({ seen: t, xml: `<w:moveTo w:id="2">${run(t)}</w:moveTo>` })),
  },
  { weight: 1, arbitrary: fc.constant({ seen: "", xml: run("§9999", "<w:vanish/>") }) },
  {
    weight: 1,
    arbitrary: fc.constant({ seen: "", xml: `<w:del w:id="3">${run("§del")}</w:del>` }),
  },
  {
    weight: 1,
    arbitrary: fc.constant({ seen: "", xml: `<w:moveFrom w:id="4">${run("§999")}</w:moveFrom>` }),
  },
  {
    weight: 1,
    arbitrary: fc.constant({
      seen: "",
      xml: run("§old", '<w:rPrChange w:id="5"><w:rPr><w:b/></w:rPr></w:rPrChange><w:vanish/>'),
    }),
  }
);
const cell = fc.array(piece, { minLength: 1, maxLength: 4 });
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }))
  .chain(([cols, rows]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    })
  );
const where = fc.constantFrom("body", "textbox", "nested");

function tableXml(rows: { seen: string; xml: string }[][][]): string {
  return `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p>${c.map((p) => p.xml).join("")}</w:p></w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;
}

function placed(t: string, at: string): string {
  if (at === "body") return t;
  if (at === "nested")
    return `<w:tbl><w:tr><w:tc><w:p>${run("fuori")}</w:p>${t}<w:p/></w:tc></w:tr></w:tbl>`;
  return (
    `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${t}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:textbox><w:txbxContent>${t.replace(/<w:t xml:space="preserve">/g, '<w:t xml:space="preserve">§')}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
  );
}

describe("readers against what the analyst sees", () => {
  test(
    "Word: every cell's visible text, and no hidden, deleted, moved-from or fallback text",
    () => {
      fc.assert(
        fc.property(table, where, (rows, at) => {
          const xml = `<w:document ${W}><w:body>${placed(tableXml(rows), at)}</w:body></w:document>`;
          const r = documentBlocks(xml);
          if (!r.ok) throw new Error(r.why);
          expect(JSON.stringify(r.blocks)).not.toContain("§");
          const grids = r.blocks.flatMap((b) => (b.kind === "grid" ? [b.grid] : []));
          expect(grids).toHaveLength(at === "nested" ? 2 : 1);
          const g = grids[grids.length - 1];
          const expected = rows.map((row) =>
            row.map((c) => {
              const t = c
                .map((p) => p.seen)
                .join("")
                .trim();
              return t === "" ? null : t;
            })
          );
          expect(g.rows).toEqual(expected);
        }),
        budget(300)
      );
    },
    timeout(60_000)
  );

  const field = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9 àèéìòù€–%.]{0,10}$/),
    fc.stringMatching(/^[A-Za-z0-9 ;,\t"àè\n]{0,10}$/)
  );
  const csvTable = fc
    .integer({ min: 3, max: 6 })
    .chain((cols) =>
      fc.array(fc.array(field, { minLength: cols, maxLength: cols }), {
        minLength: 2,
        maxLength: 12,
      })
    )
    // a record of one empty field is a blank line: runs of them are one record by design
    .map((rows) => rows.map((r) => (r.every((f) => f === "") ? ["x", ...r.slice(1)] : r)));
  const damage = fc.oneof(
    fc.constant({ kind: "none" as const }),
    fc.record({ kind: fc.constant("other" as const), line: fc.nat(100) }),
    fc.record({ kind: fc.constant("quote" as const), line: fc.nat(100) })
  );

  test(
    "CSV: every record back, in any delimiter and encoding; a line in another delimiter or a quote left open said at its line",
    () => {
      fc.assert(
        fc.property(
          csvTable,
          fc.constantFrom(";", ",", "\t"),
          fc.constantFrom("utf-8", "utf-8-bom", "windows-1252", "bom-then-1252"),
          damage,
          (rows, d, encoding, harm) => {
            const quote = (f: string) =>
              /[;,\t"\n\r]/.test(f) || f !== f.trim() ? `"${f.replace(/"/g, '""')}"` : f;
            const lines = rows.map((r) => r.map(quote).join(d));
            let expected = rows;
            let said: { code: string; line: number } | null = null;
            const plain = (r: string[]) => r.every((f) => /^[A-Za-z0-9àèéìòù€–%.]+$/.test(f));
            // line numbers: records with no line break inside
            const simple = rows.every((r) => r.every((f) => !/[\n"]/.test(f)));
            if (harm.kind === "other" && simple) {
              const k = 1 + (harm.line % (rows.length - 1));
              const other = d === ";" ? "," : ";";
              if (plain(rows[k])) {
                lines[k] = rows[k].join(other);
                said = { code: "PIRA-W961", line: k + 1 };
              }
            }
            if (harm.kind === "quote" && simple && lines.every((l) => !l.includes('"'))) {
              const k = harm.line % rows.length;
              if (plain(rows[k])) {
                lines[k] = `"${lines[k]}`;
                expected = rows.map((r, i) => (i === k ? [`"${r[0]}`, ...r.slice(1)] : r));
                said = { code: "PIRA-W960", line: k + 1 };
              }
            }
            const text = lines.join("\r\n") + "\r\n";
            let bytes: Uint8Array;
            if (encoding === "windows-1252") bytes = windows1252(text);
            else if (encoding === "bom-then-1252") {
              const half = lines.length >> 1;
              const head = new TextEncoder().encode(lines.slice(0, half).join("\r\n") + "\r\n");
              const tail = windows1252(lines.slice(half).join("\r\n") + "\r\n");
              // a Windows-1252 line that happens to be UTF-8 too («ì––» is the bytes of «얖») cannot be told
              const utf8Too = (line: string) => {
                if (!/[^ -~\t\r\n]/.test(line)) return false;
                try {
                  new TextDecoder("utf-8", { fatal: true }).decode(windows1252(line));
                  return true;
                } catch {
                  return false;
                }
              };
              if (lines.slice(half).join("\r\n").split("\n").some(utf8Too)) return;
              bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...head, ...tail]);
            } else {
              const body = new TextEncoder().encode(text);
              bytes = encoding === "utf-8" ? body : new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
            }
            const decoded = decodeText(bytes);
            expect(decoded.text).toBe(text);
            const r = readCsv(decoded.text);
            expect(r.refusal).toBeNull();
            // the sniffer may pick another delimiter on a tiny table; when it picks ours, all come back
            if (r.delimiter !== d) return;
            expect(r.grid.rows).toEqual(expected);
            if (said) expect(r.found).toContainEqual(expect.objectContaining(said));
          }
        ),
        budget(300)
      );
    },
    timeout(60_000)
  );
});
