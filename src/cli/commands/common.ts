/** The first lines every command shares: arguments read, --help answered, bad usage reported. */
import type { Failure } from "../../app/failure";
import { message, type Message } from "../../core/message";
import { parseCommand, type Args, type OptionSpecs } from "../args";
import { EXIT, type Context } from "../context";
import { COMMAND_HELP } from "../help";
import { badOutput, outputKind } from "../output";

export const FORMULAS = ["native", "pira", "values"] as const;
export const FORMATS = ["text", "json"] as const;

/** The command's arguments, or the exit code when it is done already (help shown, bad usage). */
export function start(
  ctx: Context,
  command: string,
  argv: string[],
  options: OptionSpecs,
  positionals: { min: number; max: number; what: Message }
): Args | number {
  const parsed = parseCommand(argv, options, positionals);
  if (!parsed.ok) {
    ctx.fail(parsed.reason);
    ctx.note(
      message(
        `Uso: ${COMMAND_HELP[command].it.split("\n")[0]}\n(pira ${command} --help per l'aiuto)`,
        `Usage: ${COMMAND_HELP[command].en.split("\n")[0]}\n(pira ${command} --help for help)`
      )
    );
    return EXIT.usage;
  }
  if (parsed.args.flag("help")) {
    ctx.out(COMMAND_HELP[command]);
    return EXIT.ok;
  }
  return parsed.args;
}

export const FILE = message("il file da leggere", "the file to read");

/** An action's expected failure: its reason, exit 2 (bad usage, unreadable file, not a PIRA file). */
export function failed(ctx: Context, f: Failure): number {
  return ctx.fail(f.reason, EXIT.usage);
}

/**
 * The -o file a command writes a plan to (.xlsx or .json), or the exit code when it is missing
 * (`what`: what the file is, in the message) or of another kind.
 */
export function planOutput(ctx: Context, args: Args, what: Message): string | number {
  const output = args.string("output");
  if (output === undefined)
    return ctx.fail(
      message(`manca -o (${what.it}, .xlsx o .json).`, `missing -o (${what.en}, .xlsx or .json).`)
    );
  if (outputKind(output) === null) return ctx.fail(badOutput(output));
  return output;
}
