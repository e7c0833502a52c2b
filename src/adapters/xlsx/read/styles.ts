/**
 * The number format of each cell format (the cellXfs of xl/styles.xml), in one pass over the part:
 * the file's own codes (numFmt), else Excel's built-in ones (core/number-format). A part whose
 * elements do not close in order is refused (ReadRefusal, with the place): a cell format lost or
 * cut would put every later cell under another's format (a number read as a date).
 */
import { builtinFormat } from "../../../core/number-format";
import { ReadRefusal } from "./refusal";
import { attr, tagName, unbalanced } from "./xml-text";

/** By cell format index (a cell's s="…"), its number format code; null for General. */
export function cellFormats(xml: string | undefined, part = "xl/styles.xml"): (string | null)[] {
  if (!xml) return [];
  const damaged = unbalanced(xml, part);
  if (damaged) throw new ReadRefusal(damaged);
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) break;
    i = gt + 1;
    const name = tagName(xml, lt);
    if (xml[lt + 1] === "/") {
      if (name === "cellXfs") inCellXfs = false;
      continue;
    }
    if (name === "cellXfs") inCellXfs = xml[gt - 1] !== "/";
    else if (name === "numFmt") {
      const tag = xml.slice(lt, gt + 1);
      const id = Number(attr(tag, "numFmtId"));
      const code = attr(tag, "formatCode");
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (name === "xf" && inCellXfs) {
      ids.push(Number(attr(xml.slice(lt, gt + 1), "numFmtId") ?? 0) || 0);
    }
  }
  return ids.map((id) => {
    const code = custom.get(id) ?? builtinFormat(id) ?? null;
    return code === null || id === 0 || code === "General" ? null : code;
  });
}
