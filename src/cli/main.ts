/**
 * The `pira` command: `main(argv, io)` → exit code. argv is what follows the program name; io gives
 * the streams (tests pass their own and run it in-process). bin/pira.js calls it.
 */
import { useGzip } from "../adapters/zip/gzip";
import { message, type Message } from "../core/message";
import { chooseLang, Context, EXIT } from "./context";
import { GENERAL_HELP } from "./help";
import { processIO, type CliIO } from "./io";
import { nodeGzip } from "./node-gzip";

export { EXIT } from "./context";
export type { CliIO } from "./io";

type Command = (argv: string[], ctx: Context) => Promise<number>;

/**
 * Each command's module, loaded when it runs: `pira validate plan.json` does not load ExcelJS, the
 * Word writer or the PDF reader (a fresh process pays for what it uses).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  init: async () => (await import("./commands/init")).init,
  import: async () => (await import("./commands/import")).importCommand,
  fill: async () => (await import("./commands/fill")).fill,
  validate: async () => (await import("./commands/validate")).validate,
  export: async () => (await import("./commands/export")).exportCommand,
  summary: async () => (await import("./commands/summary")).summaryCommand,
  publish: async () => (await import("./commands/publish")).publishCommand,
  rollover: async () => (await import("./commands/rollover")).rolloverCommand,
  diff: async () => (await import("./commands/diff")).diffCommand,
  demo: async () => (await import("./commands/demo")).demo,
};

/** The --lang value wherever it is, before the command reads its arguments (for its messages). */
function langFlag(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    if (argv[i] === "--lang") return argv[i + 1] ?? "";
    if (argv[i].startsWith("--lang=")) return argv[i].slice("--lang=".length);
  }
  return undefined;
}

function version(): string {
  try {
    // lib/cli/main.js and src/cli/main.ts are both two levels below package.json
    return (require("../../package.json") as { version: string }).version;
  } catch {
    return "0.0.0";
  }
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  // the packages this command writes are deflated by Node's zlib, off the main thread
  useGzip(nodeGzip);
  const lang = chooseLang(langFlag(argv), io.env) ?? "it";
  const ctx = new Context(io, lang);
  const [name, ...rest] = argv;
  if (name === undefined) {
    ctx.note(GENERAL_HELP);
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    if (rest[0] && Object.prototype.hasOwnProperty.call(COMMANDS, rest[0]))
      return (await COMMANDS[rest[0]]())(["--help"], ctx);
    ctx.out(GENERAL_HELP);
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    ctx.out(`pira ${version()}`);
    return EXIT.ok;
  }
  if (chooseLang(langFlag(argv), io.env) === null)
    return ctx.fail(message("--lang accetta it | en.", "--lang takes it | en."));
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const reason: Message = name.startsWith("-")
      ? message(
          `opzione sconosciuta ${name} (prima il comando: pira COMANDO …).`,
          `unknown option ${name} (the command comes first: pira COMMAND …).`
        )
      : message(`comando sconosciuto «${name}».`, `unknown command «${name}».`);
    ctx.fail(reason);
    ctx.note(
      message(
        `Comandi: ${Object.keys(COMMANDS).join(", ")}. pira --help per l'aiuto.`,
        `Commands: ${Object.keys(COMMANDS).join(", ")}. pira --help for help.`
      )
    );
    return EXIT.usage;
  }
  try {
    return await (
      await command()
    )(rest, ctx);
  } catch (e) {
    ctx.progress.done();
    const detail =
      e instanceof Error ? (io.env.PIRA_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
    return ctx.fail(
      message(
        `errore interno (${detail}). È un difetto di pira: segnalarlo con il comando usato.`,
        `internal error (${detail}). This is a bug in pira: please report it with the command used.`
      ),
      EXIT.internal
    );
  }
}
