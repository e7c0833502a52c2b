/** Where things are in an .xlsx package: a sheet's part by its name, the styles part, calcChain. */
import type JSZip from "jszip";
import { attribute } from "./xml";

const REL = /<Relationship\b[^>]*>/g;

/** The part a relationship target points to, from the folder of the part that holds it. */
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  tag: string;
}

export function relationships(relsXml: string, owner: string): Relationship[] {
  return (relsXml.match(REL) ?? []).map((tag) => ({
    id: attribute(tag, "Id") ?? "",
    type: attribute(tag, "Type") ?? "",
    target: resolve(owner, attribute(tag, "Target") ?? ""),
    tag,
  }));
}

/** The relationships part of a part ("xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"). */
export function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target from the part `from` to the part `to`, relative as Excel writes it. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let k = 0;
  while (k < a.length && k < b.length - 1 && a[k] === b[k]) k++;
  return [...a.slice(k).map(() => ".."), ...b.slice(k)].join("/");
}

export const WORKBOOK = "xl/workbook.xml";
export const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

export interface SheetEntry {
  name: string;
  /** relationship id of its part in WORKBOOK_RELS */
  id: string | undefined;
  /** the <sheet> element as written */
  tag: string;
}

/** The sheets listed in xl/workbook.xml, in order. */
export function sheetEntries(workbookXml: string): SheetEntry[] {
  return (workbookXml.match(/<sheet\b[^>]*>/g) ?? []).map((tag) => ({
    name: attribute(tag, "name") ?? "",
    id: (/\sr:id\s*=\s*"([^"]*)"/.exec(tag) ?? /\s[A-Za-z0-9]+:id\s*=\s*"([^"]*)"/.exec(tag))?.[1],
    tag,
  }));
}

/** The relationship id of the sheet called `name` (case-insensitive, as Excel). */
export function sheetRelationshipId(workbookXml: string, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return sheetEntries(workbookXml).find((s) => s.name.toLowerCase() === wanted)?.id;
}

export const REL_TYPE = {
  styles: /\/styles$/,
  calcChain: /\/calcChain$/,
  table: /\/table$/,
};

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A part's text (UTF-8), or undefined when the package has no such part. */
export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  const f = zip.file(path);
  return f ? decoder.decode(await f.async("uint8array")) : undefined;
}

/**
 * Text given in pieces as a part's bytes, with the platform's encoder (faster and leaner than
 * JSZip's own), without first joining the pieces into one string.
 */
export function utf8Of(pieces: readonly string[]): Uint8Array {
  let size = 0;
  for (const p of pieces) size += p.length;
  // most text is one byte per character; grown (×2) the rare time it is not
  let out = new Uint8Array(size + (size >> 3) + 16);
  let at = 0;
  for (const p of pieces) {
    for (;;) {
      const r = encoder.encodeInto(p, out.subarray(at));
      if (r.read === p.length) {
        at += r.written;
        break;
      }
      // a piece must be encoded whole: undo the partial write and grow
      const bigger = new Uint8Array(out.length * 2 + p.length * 3);
      bigger.set(out.subarray(0, at));
      out = bigger;
    }
  }
  return out.subarray(0, at);
}

/**
 * Text encoded as UTF-8 as it comes, piece by piece, into chunks of a megabyte: a sheet of tens
 * of megabytes is never held as strings and bytes at once, nor copied into ever larger buffers
 * (doubling one buffer allocated four times the part outside the heap, and the collector went
 * over the whole heap for it).
 */
export class Utf8Builder {
  private readonly done: Uint8Array[] = [];
  private buf = new Uint8Array(1 << 16);
  private at = 0;

  push(piece: string): void {
    for (;;) {
      const r = encoder.encodeInto(piece, this.buf.subarray(this.at));
      if (r.read === piece.length) {
        this.at += r.written;
        return;
      }
      // a piece is encoded whole: the chunk is closed where it was, the piece goes in a new one
      if (this.at > 0) this.done.push(this.buf.subarray(0, this.at));
      this.buf = new Uint8Array(Math.max(CHUNK, piece.length * 3));
      this.at = 0;
    }
  }

  /** Bytes already encoded (text made once and written many times), copied in. */
  pushBytes(bytes: Uint8Array): void {
    if (bytes.length > this.buf.length - this.at) {
      if (this.at > 0) this.done.push(this.buf.subarray(0, this.at));
      this.buf = new Uint8Array(Math.max(CHUNK, bytes.length));
      this.at = 0;
    }
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** The text's bytes, in order. */
  chunks(): Uint8Array[] {
    return this.at > 0 ? [...this.done, this.buf.subarray(0, this.at)] : [...this.done];
  }
}

const CHUNK = 1 << 20;
