/**
 * The published page's style sheet: system fonts only (nothing to fetch), colours with at least
 * 4.5:1 contrast, tables that scroll sideways on a narrow screen, and print rules (A4 landscape
 * for the wide indicator tables, header rows repeated, a page per entity, no links' decorations).
 */
export const PAGE_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Segoe UI", Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.45; color: #1a1a1a; background: #ffffff; }
header, nav.toc, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 3px solid #0b4f9c; }
.path { font-size: 14px; color: #4a4a4a; margin: 0 0 8px; }
h1 { font-size: 28px; margin: 0 0 8px; color: #0b3a6e; }
.subtitle { font-size: 18px; margin: 0 0 4px; }
.date { font-size: 14px; color: #4a4a4a; margin: 0 0 16px; }
h2 { font-size: 24px; margin: 40px 0 8px; color: #0b3a6e; border-bottom: 1px solid #c8d3e0; }
h3 { font-size: 20px; margin: 32px 0 8px; color: #0b3a6e; }
h4 { font-size: 18px; margin: 28px 0 8px; }
h5 { font-size: 16px; margin: 20px 0 6px; }
a { color: #0b4f9c; }
a:focus, .table-wrap:focus { outline: 3px solid #b35900; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; background: #ffffff; padding: 8px; }
.skip:focus { left: 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.lead { font-size: 17px; background: #f2f5f9; border-left: 4px solid #0b4f9c; padding: 8px 12px; }
nav.toc { font-size: 15px; }
nav.toc ol { padding-left: 20px; margin: 4px 0; }
.table-wrap { overflow-x: auto; margin: 12px 0; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 6px 0; }
th, td { border: 1px solid #b8c2cc; padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: #e6edf5; }
tbody th { font-weight: 600; }
.num { text-align: right; }
td.num { white-space: nowrap; }
table.scheda th { width: 24%; background: #f2f5f9; }
table.scheda ul { margin: 0; padding-left: 18px; }
.differs { color: #b3261e; font-weight: 700; }
sup.ref { font-size: 11px; margin-left: 2px; }
.notes { font-size: 14px; border-top: 1px solid #b8c2cc; margin: 4px 0 16px; }
.notes-title { font-weight: 600; margin: 4px 0; }
.notes ol { margin: 0; padding-left: 24px; }
figure.chart { margin: 16px 0 4px; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-weight: 600; font-size: 14px; }
table.data { width: auto; min-width: 40%; }
footer { margin-top: 40px; padding-bottom: 24px; font-size: 14px; color: #4a4a4a; border-top: 1px solid #c8d3e0; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 10pt; }
  header, nav.toc, main, footer { max-width: none; padding: 0; }
  .skip, a.back { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: page; }
  h2, h3, h4, h5, caption { break-after: avoid; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  .lead { background: none; }
}
`;
