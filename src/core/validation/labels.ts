/** How records and value slots are named in messages (Italian and English). */
import { message, type Message } from "../message";
import type { Indicator, Programme } from "../plan";

/** "011.005 «La sede camerale: uno spazio aperto per la città»" (the scheda's name, else the title). */
export function programmeLabel(p: Programme): string {
  const code = p.mission || p.programme ? `${p.mission || "???"}.${p.programme || "???"}` : "";
  const name = (p.strategicProgramme ?? "").trim() || p.title.trim();
  return [code, name ? `«${name}»` : ""].filter(Boolean).join(" ") || p.id;
}

export function indicatorLabel(ind: Indicator): string {
  const name = ind.name.trim();
  return name ? `«${name}»` : `(${ind.id})`;
}

/** "30/09/2020" from "2020-09-30"; other keys as they are. */
function dateLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The name of a value slot given as its plan field ("actuals.2020-09-30", "targets.2021"). */
export function fieldLabel(field: string): Message {
  const dot = field.indexOf(".");
  const section = dot < 0 ? field : field.slice(0, dot);
  const key = dot < 0 ? "" : field.slice(dot + 1);
  if (section === "actuals")
    return message(`consuntivo al ${dateLabel(key)}`, `actual at ${dateLabel(key)}`);
  if (section === "targets")
    return key === "triennium"
      ? message("target del triennio", "triennium target")
      : message(`target ${key}`, `target ${key}`);
  if (section === "reportedPerformance")
    return message("performance riportata", "reported performance");
  return message(field, field);
}

/** A value as written, in guillemets: «98,60». */
export function quoted(raw: string): string {
  return `«${raw}»`;
}

/** «98,60» (consuntivo al 30/09/2020), «77» (target 2021) … */
export function valueList(items: { field: string; raw: string }[]): Message {
  return message(
    items.map((x) => `${quoted(x.raw)} (${fieldLabel(x.field).it})`).join(", "),
    items.map((x) => `${quoted(x.raw)} (${fieldLabel(x.field).en})`).join(", ")
  );
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
