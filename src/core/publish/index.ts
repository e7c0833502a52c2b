/**
 * Publishing (pure): a plan → the Piano or the Rapporto sui risultati as a document model, then
 * as HTML (with SVG charts) or as the parts the Word writer needs (PNG charts); the plan as open
 * data (CSV, DCAT-AP_IT metadata).
 */
export type {
  Block,
  Cell,
  Column,
  DocumentKind,
  FieldsBlock,
  HeadingLevel,
  Note,
  PublishedDocument,
  TableBlock,
} from "./model";
export type { Chart, ChartBar, Tone } from "./chart-model";
export {
  buildDocument,
  defaultDocumentKind,
  documentTitle,
  hasObservedValues,
  type PublishOptions,
} from "./build";
export { renderHtml } from "./html";
export { chartSvg } from "./svg";
export {
  openData,
  OPEN_DATA_FILES,
  type OpenDataFile,
  type OpenDataOptions,
  type OpenDataResult,
} from "./open-data";
export {
  DEFAULT_LICENCE,
  KNOWN_LICENCES,
  licenceOf,
  isEmail,
  isWebAddress,
  type DcatOptions,
} from "./dcat";
// the parts the Word writer needs (src/adapters/docx): charts as PNG, XML text, Italian dates
export { chartScene } from "./chart-scene";
export { rasterize } from "./raster";
export { encodePng } from "./png";
export { escapeXml } from "./escape";
export { italianDate } from "./format";
