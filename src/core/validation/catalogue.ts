/**
 * Catalogue rules: mission and programme codes against the catalogue of chambers of commerce,
 * the programme moved by the MISE note of 9.6.2015 (032.004 → 032.003), and programme titles
 * (outdated, different, loosely spelt) with the official title as the fix.
 */
import { lookupProgramme, missions, titleStatus, type TitleStatus } from "../catalogue";
import { message } from "../message";
import type { Programme } from "../plan";
import type { ValidationContext } from "./context";
import { programmeLabel } from "./labels";
import { CODES as C } from "./rules";

const MISSION_CODES = missions()
  .map((m) => m.code)
  .join(", ");

function codeChecks(ctx: ValidationContext, p: Programme): { judged: boolean } {
  const label = programmeLabel(p);
  const look = lookupProgramme(p.mission, p.programme);
  if (look.status === "found") return { judged: true };
  if (look.status === "replaced") {
    ctx.emit(
      C.programmeRetired,
      message(
        `Programma ${label}: ${look.reason.it} Correggere il codice in ${look.replacedBy.code}.`,
        `Programme ${label}: ${look.reason.en} Change the code to ${look.replacedBy.code}.`
      ),
      ctx.atProgramme(p, "programme")
    );
    return { judged: true };
  }
  if (!look.missionKnown) {
    const what =
      p.mission.trim() === ""
        ? message("manca il codice della missione.", "the mission code is missing.")
        : message(look.reason.it, look.reason.en);
    ctx.emit(
      C.missionUnknown,
      message(
        `Programma ${label}: ${what.it} Usare una missione del catalogo (${MISSION_CODES}).`,
        `Programme ${label}: ${what.en} Use a mission of the catalogue (${MISSION_CODES}).`
      ),
      ctx.atProgramme(p, "mission")
    );
    return { judged: false };
  }
  if (look.wrongMission.length > 0) {
    const other = look.wrongMission[0];
    ctx.emit(
      C.programmeWrongMission,
      message(
        `Programma ${label}: il programma ${look.programme} non esiste nella missione ${look.mission} ma nella missione ${other.mission} («${other.title}»). Correggere la missione in ${other.mission}, o il codice del programma.`,
        `Programme ${label}: programme ${look.programme} does not exist under mission ${look.mission} but under mission ${other.mission} («${other.title}»). Change the mission to ${other.mission}, or the programme code.`
      ),
      ctx.atProgramme(p, "mission")
    );
    return { judged: false };
  }
  ctx.emit(
    C.programmeUnknown,
    message(
      `Programma ${label}: ${look.reason.it} Usare un codice del catalogo.`,
      `Programme ${label}: ${look.reason.en} Use a code of the catalogue.`
    ),
    ctx.atProgramme(p, "programme")
  );
  return { judged: false };
}

function titleChecks(ctx: ValidationContext, p: Programme, s: TitleStatus): void {
  const code = `${p.mission}.${p.programme}`;
  const official = s.officialTitle ?? "";
  if (s.status === "outdated") {
    ctx.emit(
      C.titleOutdated,
      message(
        `Programma ${code}: titolo superato «${p.title}». ${s.reason.it} Sostituirlo con il titolo ufficiale.`,
        `Programme ${code}: outdated title «${p.title}». ${s.reason.en} Replace it with the official title.`
      ),
      ctx.atProgramme(p, "title")
    );
  } else if (s.status === "different") {
    const other = s.matchesOther;
    const hint =
      other && other.code !== code
        ? message(
            ` Se il titolo è giusto, il codice dovrebbe essere ${other.code}.`,
            ` If the title is right, the code should be ${other.code}.`
          )
        : message("", "");
    const use = p.title.trim()
      ? message(` Usare «${official}».`, ` Use «${official}».`)
      : message("", "");
    ctx.emit(
      C.titleDifferent,
      message(
        `Programma ${code}: ${s.reason.it}${use.it}${hint.it}`,
        `Programme ${code}: ${s.reason.en}${use.en}${hint.en}`
      ),
      ctx.atProgramme(p, "title")
    );
  } else if (s.status === "variant") {
    ctx.emit(
      C.titleVariant,
      message(
        `Programma ${code}: «${p.title}» è una variante del titolo ufficiale «${official}».`,
        `Programme ${code}: «${p.title}» is a variant of the official title «${official}».`
      ),
      ctx.atProgramme(p, "title")
    );
  }
}

export function catalogue(ctx: ValidationContext): void {
  const titles = new Map<string, TitleStatus>();
  for (const p of ctx.plan.programmes) {
    const { judged } = codeChecks(ctx, p);
    if (!judged) continue;
    const key = `${p.mission}\u0000${p.programme}\u0000${p.title}`;
    let s = titles.get(key);
    if (s === undefined) {
      s = titleStatus(p.mission, p.programme, p.title);
      titles.set(key, s);
    }
    titleChecks(ctx, p, s);
  }
}
