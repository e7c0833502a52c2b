/**
 * The published document as one self-contained HTML page for the *Amministrazione trasparente*
 * section (pure string building, every text escaped): lang="it", headings in order, tables with
 * captions and header cells with their scope, charts as inline SVG with their text alternative and
 * their data as a table, notes under their tables, print styles. The page asks nothing of any
 * host: no font, style sheet, script or image from outside (and its Content-Security-Policy says so).
 */
import type { Chart } from "./chart-model";
import { escapeXml as esc } from "./escape";
import { italianDate } from "./format";
import { PAGE_STYLE } from "./html-style";
import type {
  Block,
  Cell,
  FieldsBlock,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
  PublishedDocument,
  TableBlock,
} from "./model";
import { chartSvg } from "./svg";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Paragraph text: escaped, its line breaks kept. */
function lines(text: string): string {
  return text
    .split("\n")
    .map((l) => esc(l))
    .join("<br>");
}

function noteRefs(cell: Cell): string {
  if (!cell.notes?.length) return "";
  return cell.notes
    .map(
      (n) =>
        `<sup class="ref"><a href="#nota-${n}" id="rif-${n}" aria-label="Nota ${n}">${n}</a></sup>`
    )
    .join("");
}

function cellContent(cell: Cell): string {
  const mark = cell.differs
    ? ` <span class="differs" title="Diverso dal valore riportato nel piano">≠<span class="sr-only"> (diverso dal valore riportato nel piano)</span></span>`
    : "";
  return `${lines(cell.text)}${mark}${noteRefs(cell)}`;
}

function heading(b: HeadingBlock): string {
  const h = `h${b.level + 1}`;
  return `<${h} id="${esc(b.anchor)}">${esc(b.text)}</${h}>`;
}

function paragraph(b: ParagraphBlock): string {
  const cls = b.style ? ` class="${b.style}"` : "";
  return `<p${cls}>${lines(b.text)}</p>`;
}

function list(b: ListBlock): string {
  return `<ul>${b.items.map((i) => `<li>${lines(i)}</li>`).join("")}</ul>`;
}

function fields(b: FieldsBlock): string {
  const rows = b.rows
    .map((r) => {
      const value = Array.isArray(r.value)
        ? `<ul>${r.value.map((v) => `<li>${lines(v)}</li>`).join("")}</ul>`
        : lines(r.value);
      return `<tr><th scope="row">${esc(r.label)}</th><td>${value}</td></tr>`;
    })
    .join("");
  return `<table class="scheda"><caption>${esc(b.caption)}</caption><tbody>${rows}</tbody></table>`;
}

/** Numbers the tables, so each caption has an id its scrolling region can be named by. */
class Counter {
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

function table(b: TableBlock, counter: Counter): string {
  const id = `tabella-${counter.next()}`;
  const head = b.columns
    .map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ""}>${esc(c.label)}</th>`)
    .join("");
  const body = b.rows
    .map((row) => {
      const cells = row
        .map((cell, i) => {
          if (i === 0) return `<th scope="row">${cellContent(cell)}</th>`;
          const cls = b.columns[i]?.numeric ? ' class="num"' : "";
          return `<td${cls}>${cellContent(cell)}</td>`;
        })
        .join("");
      return `<tr>${cells}</tr>`;
    })
    .join("");
  const notes = b.notes.length
    ? `<div class="notes"><p class="notes-title">Note</p><ol>${b.notes
        .map(
          (n) =>
            `<li id="nota-${n.number}" value="${n.number}">${lines(n.text)} <a class="back" href="#rif-${n.number}" aria-label="Torna al riferimento della nota ${n.number}">↩</a></li>`
        )
        .join("")}</ol></div>`
    : "";
  return (
    `<div class="table-wrap ${b.role}" role="region" aria-labelledby="${id}" tabindex="0">` +
    `<table class="${b.role}"><caption id="${id}">${esc(b.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${notes}`
  );
}

function chart(c: Chart, counter: Counter): string {
  const data: TableBlock = {
    type: "table",
    caption: `Dati del grafico: ${c.title}`,
    columns: [
      { label: c.dataColumns[0], numeric: false },
      { label: c.dataColumns[1], numeric: true },
    ],
    rows: c.bars.map((b) => [{ text: b.label }, { text: b.valueText }]),
    notes: [],
    role: "data",
  };
  return (
    `<figure class="chart">${chartSvg(c)}<figcaption>${esc(c.title)}</figcaption></figure>` +
    table(data, counter)
  );
}

function block(b: Block, counter: Counter): string {
  switch (b.type) {
    case "heading":
      return heading(b);
    case "paragraph":
      return paragraph(b);
    case "list":
      return list(b);
    case "fields":
      return fields(b);
    case "table":
      return table(b, counter);
    case "chart":
      return chart(b.chart, counter);
  }
}

/** The table of contents: the headings of levels 1 to 3, nested. */
function contents(blocks: Block[]): string {
  const headings = blocks.filter((b): b is HeadingBlock => b.type === "heading" && b.level <= 3);
  let html = "";
  let depth = 0;
  for (const h of headings) {
    if (h.level > depth) {
      // a skipped level gets an empty item to hold the deeper list (the builder skips none)
      let opened = false;
      while (depth < h.level) {
        html += opened ? "<li><ol>" : "<ol>";
        opened = true;
        depth++;
      }
    } else {
      html += "</li>";
      while (depth > h.level) {
        html += "</ol></li>";
        depth--;
      }
    }
    html += `<li><a href="#${esc(h.anchor)}">${esc(h.text)}</a>`;
  }
  while (depth > 0) {
    html += "</li></ol>";
    depth--;
  }
  return `<nav class="toc" aria-labelledby="indice"><h2 id="indice">Indice</h2>${html}</nav>`;
}

export function renderHtml(doc: PublishedDocument): string {
  const counter = new Counter();
  const body = doc.blocks.map((b) => block(b, counter)).join("\n");
  return `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="PIRA per Excel">
<meta name="description" content="${esc(`${doc.title} — ${doc.subtitle}`)}">
<title>${esc(`${doc.title} — ${doc.bodies.join(", ")}`)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<a class="skip" href="#contenuto">Vai al contenuto</a>
<header>
<p class="path">Amministrazione trasparente › Bilanci › Piano degli indicatori e risultati attesi di bilancio</p>
<h1>${esc(doc.title)}</h1>
<p class="subtitle">${esc(doc.subtitle)}</p>
<p class="date">Documento del ${esc(italianDate(doc.date))}</p>
</header>
${contents(doc.blocks)}
<main id="contenuto">
${body}
</main>
<footer><p>${esc(doc.title)} — ${esc(doc.bodies.join(", "))}. Prodotto con PIRA per Excel il ${esc(italianDate(doc.date))}.</p></footer>
</body>
</html>
`;
}
