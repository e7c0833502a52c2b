/**
 * The shared strings part (xl/sharedStrings.xml): its items' text, in one pass over the part. A
 * part whose elements do not close in order is refused (ReadRefusal, with the place): an item
 * lost or cut would shift every later index onto another cell's text.
 */
import { ReadRefusal } from "./refusal";
import { runsText, tagName, unbalanced } from "./xml-text";

export function sharedStrings(xml: string | undefined, part = "xl/sharedStrings.xml"): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const damaged = unbalanced(xml, part);
  if (damaged) throw new ReadRefusal(damaged);
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) break;
    i = gt + 1;
    if (xml[lt + 1] === "/" || tagName(xml, lt) !== "si") continue;
    if (xml[gt - 1] === "/") {
      out.push("");
      continue;
    }
    const item = runsText(xml, i, "si");
    out.push(item.text);
    i = item.end;
  }
  return out;
}
