/**
 * One reading of an .xlsx package (see README.md): opened once, every part read at most once —
 * the sheet list, shared strings and number formats when first needed, each sheet part scanned
 * once (sheet-cells.ts) and kept for both the PIRA tables (tables.ts) and the grids (grids.ts).
 */
import type JSZip from "jszip";
import type { Message } from "../../../core/message";
import { message } from "../../../core/message";
import type { WorksheetGrid, TablesFailure, TablesResult, WorkbookTables } from "../../../workbook";
import { reopen, type CheckedZipBytes } from "../../zip";
import {
  partText,
  REL_TYPE,
  relationships,
  sheetEntries,
  WORKBOOK,
  WORKBOOK_RELS,
} from "../package/parts";
import { sheetGrids } from "./grids";
import { notPira, ReadRefusal, unreadable } from "./refusal";
import { cellFormats } from "./styles";
import { scanSheet, type SheetCells, type SheetContext } from "./sheet-cells";
import { sharedStrings } from "./shared-strings";
import { sheetTableParts, type TablePart } from "./table-parts";
import { holdsPira, piraTables, type TablesSource } from "./tables";
import { attr, unbalanced } from "./xml-text";

export type ReadFailure = { ok: false; code: "corrupt"; reason: Message };

/** Grids of a sheet that is not there: the sheets the workbook has, in the message. */
export type NoSuchSheet = { ok: false; code: "no-sheet"; reason: Message };

interface SheetPart {
  name: string;
  path: string;
  /** a worksheet (cells); a chartsheet or a dialog sheet holds none */
  worksheet: boolean;
  sheetId: number;
}

/** How many packages were opened and sheet parts scanned, since the process started (measures). */
export const readCounts = { opens: 0, scans: 0, tableReads: 0 };

export class WorkbookReader implements TablesSource {
  private context: Promise<SheetContext> | null = null;
  private readonly scanned = new Map<string, Promise<SheetCells>>();
  private tablesRead: Promise<TablesResult> | null = null;
  /** the sheets in sheetId order, with their table parts (TablesSource) */
  sheets: { name: string; tables: TablePart[] }[] = [];

  private constructor(
    private readonly zip: JSZip,
    private readonly parts: SheetPart[],
    private readonly workbookXml: string,
    private readonly links: ReturnType<typeof relationships>
  ) {}

  /** Opens a checked package: its sheet list, every sheet's part found, or why not. */
  static async open(
    bytes: CheckedZipBytes
  ): Promise<{ ok: true; reader: WorkbookReader } | ReadFailure> {
    readCounts.opens++;
    let zip: JSZip;
    try {
      zip = await reopen(bytes);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return unreadable(message(why, why));
    }
    const workbook = await partText(zip, WORKBOOK);
    const rels = await partText(zip, WORKBOOK_RELS);
    if (workbook === undefined || rels === undefined)
      return unreadable(
        message(
          `manca ${workbook === undefined ? WORKBOOK : WORKBOOK_RELS}`,
          `no ${workbook === undefined ? WORKBOOK : WORKBOOK_RELS}`
        )
      );
    // a damaged list of sheets or of their parts is refused, never read as far as it goes
    const damaged = unbalanced(workbook, WORKBOOK) ?? unbalanced(rels, WORKBOOK_RELS);
    if (damaged) return unreadable(damaged);
    const links = relationships(rels, WORKBOOK);
    // an id given twice leaves a sheet pointing at another's part: refused, never read as that part
    const linkById = new Map<string, (typeof links)[number]>();
    for (const l of links) {
      if (linkById.has(l.id))
        return unreadable(
          message(
            `la relazione «${l.id}» è data due volte in ${WORKBOOK_RELS}`,
            `relationship «${l.id}» is given twice in ${WORKBOOK_RELS}`
          )
        );
      linkById.set(l.id, l);
    }
    const parts: SheetPart[] = [];
    for (const e of sheetEntries(workbook)) {
      const link = e.id === undefined ? undefined : linkById.get(e.id);
      if (!link || !zip.file(link.target))
        return unreadable(
          message(
            `il foglio «${e.name}» non ha la sua parte${link ? ` (${link.target})` : ""}`,
            `sheet «${e.name}» has no part${link ? ` (${link.target})` : ""}`
          )
        );
      parts.push({
        name: e.name,
        path: link.target,
        worksheet: /\/worksheet$/.test(link.type),
        sheetId: Number(attr(e.tag, "sheetId")) || 0,
      });
    }
    const reader = new WorkbookReader(zip, parts, workbook, links);
    // ExcelJS visited sheets by sheetId: the tables keep that order
    const byId = [...parts].sort((a, b) => a.sheetId - b.sheetId);
    for (const p of byId)
      reader.sheets.push({
        name: p.name,
        tables: p.worksheet ? await sheetTableParts(zip, p.path) : [],
      });
    return { ok: true, reader };
  }

  /** The sheet names, in the workbook's order. */
  get sheetNames(): string[] {
    return this.parts.map((p) => p.name);
  }

  private sheetContext(): Promise<SheetContext> {
    this.context ??= (async () => {
      const part = (type: RegExp) => this.links.find((l) => type.test(l.type))?.target;
      const stringsPath = part(/\/sharedStrings$/);
      const stylesPath = part(REL_TYPE.styles);
      return {
        strings: sharedStrings(
          stringsPath ? await partText(this.zip, stringsPath) : undefined,
          stringsPath
        ),
        formats: cellFormats(
          stylesPath ? await partText(this.zip, stylesPath) : undefined,
          stylesPath
        ),
        date1904: /<workbookPr\b[^>]*\sdate1904\s*=\s*["'](1|true)["']/.test(this.workbookXml),
      };
    })();
    return this.context;
  }

  /** A sheet's cells (scanned once). Throws ReadRefusal for a contradiction in its part. */
  cells(sheet: string): Promise<SheetCells> {
    const p = this.parts.find((x) => x.name === sheet);
    if (!p) return Promise.reject(new Error(`no sheet ${sheet}`));
    let out = this.scanned.get(p.name);
    if (!out) {
      out = (async () => {
        const ctx = await this.sheetContext();
        readCounts.scans++;
        const xml = p.worksheet ? ((await partText(this.zip, p.path)) ?? "") : "";
        return scanSheet(p.name, xml, ctx);
      })();
      this.scanned.set(p.name, out);
    }
    return out;
  }

  /** The PIRA tables, read once; "not-pira" when there are none, "corrupt" with the place. */
  tables(): Promise<TablesResult> {
    this.tablesRead ??= (async (): Promise<TablesResult> => {
      readCounts.tableReads++;
      try {
        const tables: WorkbookTables = await piraTables(this);
        return tables.programmes || tables.indicators ? { ok: true, tables } : notPira();
      } catch (e) {
        if (e instanceof ReadRefusal) return unreadable(e.where);
        throw e;
      }
    })();
    return this.tablesRead;
  }

  /** Whether the workbook holds PIRA tables, reading only what that needs. */
  async holdsPiraTables(): Promise<boolean> {
    try {
      return await holdsPira(this);
    } catch (e) {
      if (e instanceof ReadRefusal) return false;
      throw e;
    }
  }

  /**
   * The grids of every sheet, or of the one named `sheet` (case-insensitive, spaces around
   * ignored). A part that contradicts itself refuses the file, with the place.
   */
  async grids(
    sheet?: string
  ): Promise<{ ok: true; grids: WorksheetGrid[] } | ReadFailure | NoSuchSheet> {
    const wanted = sheet?.trim().toLowerCase();
    const chosen =
      wanted === undefined
        ? this.parts
        : this.parts.filter((p) => p.name.trim().toLowerCase() === wanted);
    if (chosen.length === 0) {
      const list = this.parts.map((p) => `«${p.name}»`).join(", ");
      return {
        ok: false,
        code: "no-sheet",
        reason: message(
          `Il foglio «${sheet}» non c'è (fogli: ${list}).`,
          `There is no sheet «${sheet}» (sheets: ${list}).`
        ),
      };
    }
    const grids: WorksheetGrid[] = [];
    try {
      for (const p of chosen) grids.push(...sheetGrids(await this.cells(p.name)));
    } catch (e) {
      if (e instanceof ReadRefusal) return unreadable(e.where);
      throw e;
    }
    return { ok: true, grids };
  }
}

/** Everything of a package in one pass: the sheet list, the PIRA tables and every sheet's grids. */
export interface WorkbookContents {
  sheets: string[];
  tables: TablesResult;
  grids: WorksheetGrid[];
}

export async function readWorkbookContents(
  bytes: CheckedZipBytes
): Promise<{ ok: true; contents: WorkbookContents } | ReadFailure> {
  const opened = await WorkbookReader.open(bytes);
  if (!opened.ok) return opened;
  const r = opened.reader;
  const grids = await r.grids();
  if (!grids.ok) return grids as ReadFailure;
  const tables = await r.tables();
  if (!tables.ok && tables.code === "corrupt") return tables as TablesFailure & ReadFailure;
  return { ok: true, contents: { sheets: r.sheetNames, tables, grids: grids.grids } };
}
