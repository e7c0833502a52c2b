/**
 * Publish: the DPCM 18/9/2012 art. 5 documents of a plan — the Piano or the Rapporto sui
 * risultati — as Word (.docx) or as one accessible HTML page, and the plan as open data (CSV,
 * plan JSON, DCAT-AP_IT metadata). The same action for the pane, the workbench and `pira
 * publish`; PDF is the command line's (it converts this Word file with LibreOffice). The pane
 * loads this module as a chunk of its own, on first use (the Word writer is large).
 * Outcome thresholds are the plan's settings (a workbook's own, else the defaults).
 */
import { writeDocx } from "../adapters/docx/write";
import type { Plan } from "../core/plan";
import {
  buildDocument,
  defaultDocumentKind,
  openData,
  renderHtml,
  type DcatOptions,
  type DocumentKind,
  type OpenDataFile,
} from "../core/publish";
import type { WorkbookBackend } from "../workbook";
import { failure, type Failure } from "./failure";
import { diffLoaded } from "./diff";
import type { LoadedPlan } from "./loaded";
import { openWorkbook } from "./open";

export type PublishFormat = "docx" | "html";

const MEDIA_TYPE: Record<PublishFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html;charset=utf-8",
};

export interface PublishRequest {
  /** default: the Rapporto when the plan has observed values, else the Piano */
  document?: DocumentKind;
  format: PublishFormat;
  /** ISO date the document carries (default: today) */
  date?: string;
  /** the previous plan: the Rapporto gets the section on the main changes against it */
  compare?: Pick<LoadedPlan, "plan" | "settings">;
}

export interface PublishedFile {
  document: DocumentKind;
  format: PublishFormat;
  /** a file name to offer: "rapporto-risultati-2020.docx" */
  name: string;
  mediaType: string;
  /** .docx bytes, or the HTML page's text */
  content: Uint8Array | string;
}

/** Today as an ISO date, in local time (the date a user would write). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function fileName(document: DocumentKind, plan: Plan, ext: string): string {
  const fy = plan.firstYear;
  return document === "rapporto"
    ? `rapporto-risultati-${fy}.${ext}`
    : `piano-indicatori-${fy}-${fy + 2}.${ext}`;
}

export { defaultDocumentKind };

function compose(loaded: Pick<LoadedPlan, "plan" | "settings">, request: PublishRequest) {
  const document = request.document ?? defaultDocumentKind(loaded.plan);
  const previous = request.compare;
  const doc = buildDocument(loaded.plan, {
    kind: document,
    date: request.date ?? today(),
    thresholds: loaded.settings.thresholds,
    ...(previous
      ? { changes: { diff: diffLoaded(previous, loaded), previous: previous.plan } }
      : {}),
  });
  return { document, doc };
}

async function fileOf(
  plan: Plan,
  document: DocumentKind,
  format: PublishFormat,
  content: () => Promise<Uint8Array | string>
): Promise<PublishedFile> {
  return {
    document,
    format,
    name: fileName(document, plan, format),
    mediaType: MEDIA_TYPE[format],
    content: await content(),
  };
}

export async function publishDocument(
  loaded: Pick<LoadedPlan, "plan" | "settings">,
  request: PublishRequest
): Promise<PublishedFile> {
  const { document, doc } = compose(loaded, request);
  return fileOf(loaded.plan, document, request.format, async () =>
    request.format === "html" ? renderHtml(doc) : writeDocx(doc)
  );
}

export interface Publication {
  ok: true;
  file: PublishedFile;
  /** the document as an HTML page, whatever the format (the pane shows it) */
  preview: string;
  indicators: number;
}

/** The pane's Publish: the workbook's plan (with its settings) → the file and its HTML preview. */
export async function publishWorkbook(
  backend: WorkbookBackend,
  request: PublishRequest
): Promise<Publication | Failure> {
  const opened = await openWorkbook(backend);
  if (!opened.ok) return opened;
  const { loaded } = opened;
  const { document, doc } = compose(loaded, request);
  const preview = renderHtml(doc);
  const file = await fileOf(loaded.plan, document, request.format, async () =>
    request.format === "html" ? preview : writeDocx(doc)
  );
  return { ok: true, file, preview, indicators: loaded.plan.indicators.length };
}

export interface OpenDataRequest extends Omit<DcatOptions, "date"> {
  date?: string;
}

/** The open-data files, or why not (a licence that is neither known nor a URL). */
export function publishOpenData(
  loaded: Pick<LoadedPlan, "plan" | "settings">,
  request: OpenDataRequest = {}
): { ok: true; files: OpenDataFile[] } | Failure {
  const r = openData(loaded.plan, {
    ...request,
    date: request.date ?? today(),
    thresholds: loaded.settings.thresholds,
  });
  return r.ok ? r : failure(r.reason, "checkInput");
}
