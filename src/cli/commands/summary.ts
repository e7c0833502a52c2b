/** pira summary: achievement by entity, mission and programme, as a table or JSON. */
import { summariseLoaded } from "../../app/summary";
import { message } from "../../core/message";
import { EXIT, type Context } from "../context";
import { loadAnyInput } from "../analyst";
import { summaryText } from "../summary-table";
import { failed, FILE, FORMATS, start } from "./common";

const OPTIONS = { format: { type: "string", choices: FORMATS } } as const;

export async function summaryCommand(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "summary", argv, OPTIONS, { min: 1, max: 1, what: FILE });
  if (typeof args === "number") return args;
  const [input] = args.positionals;
  ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
  const loaded = await loadAnyInput(ctx.path(input));
  if (!loaded.ok) return failed(ctx, loaded);
  for (const w of loaded.loaded.warnings) ctx.note(w);
  const plan = loaded.loaded.plan;
  // with the workbook's own outcome thresholds
  const rows = summariseLoaded(loaded.loaded);
  ctx.progress.done();
  if (args.string("format") === "json") {
    ctx.json(JSON.stringify({ title: plan.title, firstYear: plan.firstYear, rows }, null, 2));
  } else {
    ctx.out(`${plan.title} — ${plan.firstYear}-${plan.firstYear + 2}`);
    ctx.out("");
    ctx.out(summaryText(rows, ctx.lang));
  }
  return EXIT.ok;
}
