/**
 * Command-line arguments with node's util.parseArgs (strict): unknown options, missing values and
 * values outside a list of choices become a clear message instead of an exception.
 */
import { parseArgs } from "node:util";
import { message, type Message } from "../core/message";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** allowed values of a string option */
  choices?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

/** Options every command takes. */
export const COMMON: OptionSpecs = {
  help: { type: "boolean", short: "h" },
  lang: { type: "string", choices: ["it", "en"] },
};

export class Args {
  constructor(
    private readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>,
    readonly positionals: string[]
  ) {}

  string(name: string): string | undefined {
    const v = this.values[name];
    return typeof v === "string" ? v : undefined;
  }

  list(name: string): string[] {
    const v = this.values[name];
    return Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }
}

export type ParsedArgs = { ok: true; args: Args } | { ok: false; reason: Message };

function optionOf(text: string): string {
  return /'(-[^']*)'/.exec(text)?.[1] ?? "";
}

/** Reads `argv` (after the command name) against the command's options and positional count. */
export function parseCommand(
  argv: string[],
  specs: OptionSpecs,
  positionals: { min: number; max: number; what: Message }
): ParsedArgs {
  const all = { ...COMMON, ...specs };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(
        Object.entries(all).map(([k, s]) => [
          k,
          { type: s.type, ...(s.short ? { short: s.short } : {}), multiple: s.multiple === true },
        ])
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const text = e instanceof Error ? e.message : String(e);
    const opt = optionOf(text);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      return {
        ok: false,
        reason: message(`opzione sconosciuta ${opt}.`, `unknown option ${opt}.`),
      };
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const noValue = /does not take an argument/.test(text);
      return {
        ok: false,
        reason: noValue
          ? message(`l'opzione ${opt} non prende un valore.`, `option ${opt} takes no value.`)
          : message(
              `manca il valore dell'opzione ${opt.split(",").pop()?.trim() ?? opt}.`,
              `option ${opt.split(",").pop()?.trim() ?? opt} needs a value.`
            ),
      };
    }
    return {
      ok: false,
      reason: message(`argomenti non validi: ${text}`, `invalid arguments: ${text}`),
    };
  }
  const values = parsed.values as Record<
    string,
    string | boolean | (string | boolean)[] | undefined
  >;
  for (const [name, spec] of Object.entries(all)) {
    const v = values[name];
    if (!spec.choices || v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) {
      if (typeof x === "string" && !spec.choices.includes(x))
        return {
          ok: false,
          reason: message(
            `--${name} accetta ${spec.choices.join(" | ")}, non «${x}».`,
            `--${name} takes ${spec.choices.join(" | ")}, not «${x}».`
          ),
        };
    }
  }
  const pos = parsed.positionals;
  if (values.help !== true && (pos.length < positionals.min || pos.length > positionals.max)) {
    return {
      ok: false,
      reason:
        pos.length < positionals.min
          ? message(`manca ${positionals.what.it}.`, `missing ${positionals.what.en}.`)
          : message(
              `argomento in più: «${pos[positionals.max]}».`,
              `unexpected argument «${pos[positionals.max]}».`
            ),
    };
  }
  return { ok: true, args: new Args(values, pos) };
}
