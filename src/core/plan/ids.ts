/**
 * Ids of the plan's records: stable (an id never changes once given, whatever is edited later) and
 * readable (they show in the workbook and in diagnostics).
 *
 * - entity: a slug of its name without Italian stop-words, at most 30 characters cut at a word
 *   boundary ("Camera di Commercio di Prato" → "camera-commercio-prato", "CCIAA di Pistoia" →
 *   "cciaa-pistoia"); "e1", "e2"… when the name gives no letters or digits.
 * - programme: "<entity>-<mission>-<programme>", a second programme of the same entity and code gets
 *   "-2", then "-3"… ("prato-011-005", "prato-011-005-2": Prato has several strategic programmes
 *   under 011.005).
 * - indicator: "<programme id>-i<n>", n = 1, 2, … the first number not taken ("prato-011-005-i3").
 * Every helper takes the ids already taken and returns one that is not.
 */
import { SLUG_STOP_WORDS } from "../text";

const MAX_SLUG = 30;

/**
 * Lower-case ASCII words joined by "-", Italian stop-words dropped, at most 30 characters.
 * Dotted abbreviations are one word: "C.C.I.A.A. di Pistoia" → "cciaa-pistoia".
 */
export function slugify(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(
      /(^|[^A-Za-z])((?:[A-Za-z]\.){2,})/g,
      (_m, pre: string, abbr: string) => pre + abbr.replace(/\./g, "")
    )
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  const significant = words.filter((w) => !SLUG_STOP_WORDS.has(w));
  const chosen = significant.length > 0 ? significant : words;
  let slug = "";
  for (const w of chosen) {
    const next = slug === "" ? w : `${slug}-${w}`;
    if (next.length > MAX_SLUG) {
      if (slug === "") slug = w.slice(0, MAX_SLUG);
      break;
    }
    slug = next;
  }
  return slug;
}

function takenSet(taken: Iterable<string> | undefined): Set<string> {
  return taken instanceof Set ? (taken as Set<string>) : new Set(taken ?? []);
}

/** `base` if free, else "base-2", "base-3"… */
export function uniqueId(base: string, taken?: Iterable<string>): string {
  const t = takenSet(taken);
  if (!t.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!t.has(id)) return id;
  }
}

/** Id for a new entity called `name` (see the header). */
export function entityId(name: string, taken?: Iterable<string>): string {
  const t = takenSet(taken);
  const slug = slugify(name);
  if (slug !== "") return uniqueId(slug, t);
  for (let n = 1; ; n++) {
    if (!t.has(`e${n}`)) return `e${n}`;
  }
}

/** Id for a new programme of `entity` with codes `mission`, `programme` ("011", "005"). */
export function programmeId(
  entity: string,
  mission: string,
  programme: string,
  taken?: Iterable<string>
): string {
  return uniqueId(`${entity}-${mission}-${programme}`, taken);
}

/** Id for a new indicator of the programme `programmeIdValue`: "<programme>-i<n>", the first n free. */
export function indicatorId(programmeIdValue: string, taken?: Iterable<string>): string {
  const t = takenSet(taken);
  for (let n = 1; ; n++) {
    const id = `${programmeIdValue}-i${n}`;
    if (!t.has(id)) return id;
  }
}
