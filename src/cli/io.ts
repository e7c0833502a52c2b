/**
 * The command's contact with the outside: the streams (injected, so tests run `main` in-process)
 * and the files (read whole, written atomically: a temporary file beside the target, then rename).
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { message, type Message } from "../core/message";
import { decodeText as decodeBytes, type TextEncoding } from "../core/text/decode";

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: progress lines are shown there */
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** directory relative paths are resolved against */
  cwd: string;
}

/** The process's own streams. */
export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; reason: Message };

function why(e: unknown): string {
  const code = (e as { code?: string }).code;
  return code ?? (e instanceof Error ? e.message : String(e));
}

export function absolute(io: CliIO, path: string): string {
  return resolve(io.cwd, path);
}

/** A file's bytes, or why it cannot be read (missing, a directory, no permission). */
export async function readInput(path: string): Promise<FileResult<Uint8Array>> {
  try {
    const s = await stat(path);
    if (s.isDirectory())
      return {
        ok: false,
        reason: message(
          `«${path}» è una cartella, non un file.`,
          `«${path}» is a directory, not a file.`
        ),
      };
    return { ok: true, value: new Uint8Array(await readFile(path)) };
  } catch (e) {
    const code = why(e);
    if (code === "ENOENT")
      return {
        ok: false,
        reason: message(`Il file «${path}» non esiste.`, `The file «${path}» does not exist.`),
      };
    return {
      ok: false,
      reason: message(
        `Impossibile leggere «${path}» (${code}).`,
        `Cannot read «${path}» (${code}).`
      ),
    };
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a file atomically: the bytes go to a temporary file in the same directory, flushed, then
 * renamed over the target. If anything fails the target is untouched and the temporary file removed.
 */
export async function writeAtomic(
  path: string,
  data: Uint8Array | string
): Promise<FileResult<void>> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let written = false;
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    written = true;
    await rename(temp, path);
    return { ok: true, value: undefined };
  } catch (e) {
    if (written || (await exists(temp))) await unlink(temp).catch(() => undefined);
    const code = why(e);
    return {
      ok: false,
      reason: message(
        `Impossibile scrivere «${path}» (${code}): nessun file è stato modificato.`,
        `Cannot write «${path}» (${code}): no file was changed.`
      ),
    };
  }
}

/** "out/plan.xlsx" → "out/plan.import.json": the import report beside the output. */
export function reportPathFor(output: string): string {
  const ext = extname(output);
  return join(dirname(output), `${basename(output, ext)}.import.json`);
}

/**
 * Bytes as text: UTF-8 (a byte-order mark dropped), UTF-16 with its byte-order mark; other bytes
 * are read as Windows-1252 (by the core's own table: Node's decoder loses € and – there).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  return decodeBytes(bytes);
}
