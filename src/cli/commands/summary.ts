/** pira summary: achievement by entity, mission and programme, as a table or JSON. */
import { message } from "../../core/message";
import { summary } from "../../workbook";
import { EXIT, type Context } from "../context";
import { loadPlan } from "../load";
import { summaryText } from "../summary-table";
import { FILE, FORMATS, start } from "./common";

const OPTIONS = { format: { type: "string", choices: FORMATS } } as const;

export async function summaryCommand(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "summary", argv, OPTIONS, { min: 1, max: 1, what: FILE });
  if (typeof args === "number") return args;
  const [input] = args.positionals;
  ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
  const loaded = await loadPlan(ctx.path(input));
  if (!loaded.ok) return ctx.fail(loaded.reason);
  for (const w of loaded.loaded.warnings) ctx.note(w);
  const plan = loaded.loaded.plan;
  const rows = summary(plan);
  ctx.progress.done();
  if (args.string("format") === "json") {
    ctx.out(JSON.stringify({ title: plan.title, firstYear: plan.firstYear, rows }, null, 2));
  } else {
    ctx.out(`${plan.title} — ${plan.firstYear}-${plan.firstYear + 2}`);
    ctx.out("");
    ctx.out(summaryText(rows, ctx.lang));
  }
  return EXIT.ok;
}
