/**
 * What every command gets: the streams, the language, a progress line, and the few ways a command
 * reports (a result on stdout, messages on stderr, a failure with its exit code).
 */
import { message, type Lang, type Message } from "../core/message";
import { absolute, type CliIO } from "./io";
import { forTerminal, jsonForTerminal } from "./terminal";

/** Exit codes of every command. */
export const EXIT = {
  ok: 0,
  /** validate: the plan has errors */
  errorsFound: 1,
  /** bad usage, a file that cannot be read or written, not a PIRA file */
  usage: 2,
  /** a bug: an unexpected exception */
  internal: 3,
} as const;

/** --lang, else LC_ALL / LC_MESSAGES / LANG ("it_IT.UTF-8" → it, "en_US" → en), else Italian. */
export function chooseLang(flag: string | undefined, env: CliIO["env"]): Lang | null {
  if (flag !== undefined) {
    const f = flag.trim().toLowerCase();
    return f === "it" || f === "en" ? f : null;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  if (/^it/i.test(locale)) return "it";
  if (/^[a-z]{2}(_|-|\.|$)/i.test(locale) && !/^(c|posix)(\.|$)/i.test(locale)) return "en";
  return "it";
}

/** A progress line on stderr, only on a terminal and only once a step lasts more than a moment. */
export class Progress {
  private text: string | null = null;
  private shown = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly io: CliIO,
    private readonly lang: Lang,
    private readonly delayMs = 400
  ) {}

  step(m: Message): void {
    if (!this.io.stderrIsTTY) return;
    this.text = m[this.lang];
    if (this.shown) this.draw();
    else if (this.timer === null) {
      this.timer = setTimeout(() => this.draw(), this.delayMs);
      this.timer.unref?.();
    }
  }

  private draw(): void {
    if (this.text === null) return;
    this.shown = true;
    // the \r\x1b[K is ours; the text (a file name, say) may hold anything
    this.io.stderr(`\r\x1b[K${forTerminal(this.text)}…`);
  }

  done(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.shown) this.io.stderr("\r\x1b[K");
    this.shown = false;
    this.text = null;
  }
}

export class Context {
  readonly progress: Progress;

  constructor(
    readonly io: CliIO,
    readonly lang: Lang
  ) {
    this.progress = new Progress(io, lang);
  }

  t(m: Message): string {
    return m[this.lang];
  }

  /** A line of the command's result (stdout), its control characters shown as symbols. */
  out(line: Message | string): void {
    this.io.stdout(forTerminal(`${typeof line === "string" ? line : this.t(line)}\n`));
  }

  /** A JSON result (stdout): the same JSON, with the control characters in its strings escaped. */
  json(text: string): void {
    this.io.stdout(jsonForTerminal(text.endsWith("\n") ? text : `${text}\n`));
  }

  /** A message for the person at the terminal (stderr), its control characters shown as symbols. */
  note(line: Message | string): void {
    this.progress.done();
    this.io.stderr(forTerminal(`${typeof line === "string" ? line : this.t(line)}\n`));
  }

  /** A failure: the reason on stderr, and the exit code to return. */
  fail(reason: Message, code: number = EXIT.usage): number {
    this.note(message(`pira: ${reason.it}`, `pira: ${reason.en}`));
    return code;
  }

  path(p: string): string {
    return absolute(this.io, p);
  }
}

/** "1 riga" / "3 righe": a count with its noun in the right number. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
