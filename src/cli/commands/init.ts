/** pira init: an empty plan from the catalogue. */
import { newPlan } from "../../app/new-plan";
import { defaultSettings } from "../../app/settings";
import { programmes } from "../../core/catalogue";
import { message } from "../../core/message";
import { count, EXIT, type Context } from "../context";
import { guardOverwrite, writePlan } from "../output";
import { failed, planOutput, start } from "./common";

const OPTIONS = {
  year: { type: "string" },
  entity: { type: "string", multiple: true },
  programme: { type: "string", multiple: true },
  title: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
} as const;

export async function init(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "init", argv, OPTIONS, { min: 0, max: 0, what: message("", "") });
  if (typeof args === "number") return args;
  const yearText = args.string("year");
  if (yearText === undefined)
    return ctx.fail(
      message(
        "manca --year (primo anno del triennio, es. 2021).",
        "missing --year (first year of the triennium, e.g. 2021)."
      )
    );
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText.trim()) || year < 1900 || year > 2100)
    return ctx.fail(
      message(
        `--year vuole un anno tra 1900 e 2100, non «${yearText}».`,
        `--year takes a year 1900..2100, not «${yearText}».`
      )
    );
  const output = planOutput(ctx, args, message("il file da creare", "the file to create"));
  if (typeof output === "number") return output;

  // "all": every programme of the catalogue; the codes themselves are read by the action
  const codes = args
    .list("programme")
    .flatMap((given) =>
      given.trim().toLowerCase() === "all" ? programmes().map((p) => p.code) : [given]
    );
  const entities = args
    .list("entity")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  const made = newPlan({
    title:
      args.string("title") ?? `Piano degli indicatori e dei risultati attesi di bilancio ${year}`,
    firstYear: year,
    entities: entities.length ? entities : ["Ente"],
    programmes: codes,
  });
  if (!made.ok) return failed(ctx, made);
  for (const w of made.warnings) ctx.note(w);
  const plan = made.plan;
  const path = ctx.path(output);
  const refused = await guardOverwrite(path, args.flag("force"));
  if (refused) return ctx.fail(refused);
  const written = await writePlan(plan, path, defaultSettings("file"), {
    force: args.flag("force"),
  });
  if (!written.ok) return failed(ctx, written);
  ctx.out(
    message(
      `Creato ${output}: triennio ${year}-${year + 2}, ${count(plan.entities.length, "ente", "enti")}, ${count(plan.programmes.length, "programma", "programmi")}.`,
      `Created ${output}: triennium ${year}-${year + 2}, ${count(plan.entities.length, "entity", "entities")}, ${count(plan.programmes.length, "programme", "programmes")}.`
    )
  );
  return EXIT.ok;
}
