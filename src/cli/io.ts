/**
 * The command's contact with the outside: the streams (injected, so tests run `main` in-process)
 * and the files (read whole with a stamp of what was read; written atomically: a temporary file
 * beside the target, then rename — keeping the replaced file's mode, owner and links).
 */
import { constants, readFileSync, type Stats } from "node:fs";
import {
  access,
  link,
  lstat,
  open,
  readlink,
  realpath,
  rename,
  stat,
  unlink,
  type FileHandle,
} from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { basename, dirname, extname, join, resolve } from "node:path";
import { message, type Message } from "../core/message";
import { decodeText as decodeBytes, type DecodedText } from "../core/text";
import { pendingTemp, removeStaleTemps, settledTemp, tempPathFor } from "./temp-files";

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

/**
 * A file as it was when it was read: where (links resolved), its size, modification time and
 * identity. A write that replaces that file checks it is still the same (writeAtomic's `expect`).
 */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

function stampOf(path: string, s: Stats): FileStamp {
  return { path, size: s.size, mtimeMs: s.mtimeMs, ino: s.ino, dev: s.dev };
}

function sameFile(s: Stats | null, stamp: FileStamp): boolean {
  return (
    s !== null &&
    s.size === stamp.size &&
    s.mtimeMs === stamp.mtimeMs &&
    s.ino === stamp.ino &&
    s.dev === stamp.dev
  );
}

export type InputFile =
  { ok: true; value: Uint8Array; stamp: FileStamp } | { ok: false; reason: Message };

/**
 * A file's bytes and its stamp (taken before reading: a change while it is read shows later), or
 * why it cannot be read (missing, a directory, a device, no permission).
 */
export async function readInput(path: string): Promise<InputFile> {
  try {
    const real = await realpath(path);
    const handle = await open(real, "r");
    try {
      const s = await handle.stat();
      if (s.isDirectory()) return { ok: false, reason: directory(path) };
      if (!s.isFile() && !s.isFIFO())
        return {
          ok: false,
          reason: message(`«${path}» non è un file ordinario.`, `«${path}» is not a regular file.`),
        };
      // a regular file read at once (the promise API reads a large file in 512 KB steps through
      // the thread pool: 60–75 ms against 28 for a 45 MB plan JSON); a FIFO as it comes
      const b = s.isFile() ? readFileSync(handle.fd) : await handle.readFile();
      return { ok: true, value: ownBytes(b), stamp: stampOf(real, s) };
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = why(e);
    if (code === "ENOENT")
      return {
        ok: false,
        reason: message(`Il file «${path}» non esiste.`, `The file «${path}» does not exist.`),
      };
    if (code === "EISDIR") return { ok: false, reason: directory(path) };
    return {
      ok: false,
      reason: message(
        `Impossibile leggere «${path}» (${code}).`,
        `Cannot read «${path}» (${code}).`
      ),
    };
  }
}

/**
 * The bytes as a Uint8Array of their own (offset 0, the whole buffer: readers may take its
 * `.buffer`): a buffer that is already that is viewed, not copied (45 MB for a large plan).
 */
function ownBytes(b: Buffer): Uint8Array {
  return b.byteOffset === 0 && b.buffer.byteLength === b.byteLength
    ? new Uint8Array(b.buffer, 0, b.byteLength)
    : new Uint8Array(b);
}

function directory(path: string): Message {
  return message(`«${path}» è una cartella, non un file.`, `«${path}» is a directory, not a file.`);
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where a write to `path` lands: symbolic links followed (a link to a file not yet there too). */
async function writeTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // not there (yet): follow the links by hand, as many as the system would
    let p = path;
    for (let i = 0; i < 40; i++) {
      try {
        if (!(await lstat(p)).isSymbolicLink()) return p;
        p = resolve(dirname(p), await readlink(p));
      } catch {
        return p;
      }
    }
    return p;
  }
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** No write permission: none for anyone in its mode (even for root), or none for this user. */
async function readOnly(path: string, s: Stats): Promise<boolean> {
  if ((s.mode & 0o222) === 0) return true;
  try {
    await access(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

export interface WriteOptions {
  /**
   * The command's input as it was read (readInput's stamp). A write that lands on that file is
   * refused unless `overInput`; when allowed, the file must not have changed since it was read.
   */
  expect?: FileStamp;
  /** the command's job is to write over its input (fill, validate --sheet in place) */
  overInput?: boolean;
  /** replace an existing file (not the input), a read-only file, or one whose owner cannot be kept */
  force?: boolean;
}

/** What is written: bytes, text (UTF-8), or pieces as they come. */
export type WriteData = Uint8Array | string | AsyncIterable<Uint8Array | string>;

async function writeData(handle: FileHandle, data: WriteData): Promise<void> {
  if (typeof data === "string" || data instanceof Uint8Array) {
    await handle.writeFile(data);
    return;
  }
  for await (const piece of data)
    if (typeof piece === "string") await handle.write(piece);
    else await handle.write(piece);
}

/** The replaced file's owner could not be given to the new one (not root, another user's file). */
class OwnerNotKept extends Error {
  constructor(
    readonly uid: number,
    readonly gid: number
  ) {
    super("owner not kept");
  }
}

/** The new file gets the replaced one's owner and group, then its mode (chown may clear setuid). */
async function keepModeAndOwner(handle: FileHandle, was: Stats, force: boolean): Promise<void> {
  if (process.platform !== "win32") {
    const now = await handle.stat();
    if (now.uid !== was.uid || now.gid !== was.gid) {
      try {
        await handle.chown(was.uid, was.gid);
      } catch {
        if (!force) throw new OwnerNotKept(was.uid, was.gid);
        await handle.chown(now.uid, was.gid).catch(() => undefined); // the group, if it can be
      }
    }
  }
  await handle.chmod(was.mode & 0o7777);
}

function changedSinceRead(path: string): Message {
  return message(
    `«${path}» è cambiato da quando è stato letto (salvato da un altro programma?): non è stato sovrascritto, nessuna modifica scritta. Rieseguire il comando.`,
    `«${path}» changed since it was read (saved by another program?): not overwritten, nothing written. Run the command again.`
  );
}

/** The input, whatever name it is reached by (a link, another hard link). */
function isInput(target: string, s: Stats, input: FileStamp): boolean {
  return target === input.path || (s.ino === input.ino && s.dev === input.dev);
}

function existsAlready(path: string): Message {
  return message(
    `«${path}» esiste già: non è stato sovrascritto (--force per sostituirlo).`,
    `«${path}» already exists: not overwritten (--force to replace it).`
  );
}

/**
 * Why a write must not replace what is at `target` (null: it may): something that is not a
 * regular file (a folder, a FIFO, a device — never replaced), the command's own input (unless
 * writing over it is the command's job), or an existing file the command was not asked to
 * replace (--force).
 */
async function refusedReplace(
  path: string,
  target: string,
  before: Stats | null,
  options: WriteOptions
): Promise<Message | null> {
  if (before === null) {
    // a dangling link, a path through something that is not a folder: lstat says what is there
    const there = await lstat(target).catch(() => null);
    return there && !there.isSymbolicLink() && !there.isFile() ? notRegular(path) : null;
  }
  if (!before.isFile()) return notRegular(path);
  if (options.expect && isInput(target, before, options.expect)) {
    if (options.overInput) return null;
    return message(
      `«${path}» è il file letto dal comando: non viene sovrascritto. Indicare un altro file d'uscita con -o.`,
      `«${path}» is the file the command reads: it is not overwritten. Give another output file with -o.`
    );
  }
  return options.force ? null : existsAlready(path);
}

function notRegular(path: string): Message {
  return message(
    `«${path}» non è un file ordinario (una cartella, una FIFO, un dispositivo…): non viene sostituito.`,
    `«${path}» is not a regular file (a folder, a FIFO, a device…): it is not replaced.`
  );
}

/**
 * The temporary file put at `target` only if nothing is there (a hard link, then the temporary
 * name removed): false if something appeared there meanwhile. Where hard links are not
 * supported, a rename.
 */
async function createOnly(temp: string, target: string): Promise<boolean> {
  try {
    await link(temp, target);
  } catch (e) {
    const code = why(e);
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw e;
    await rename(temp, target);
    return true;
  }
  await unlink(temp);
  return true;
}

/**
 * Writes a file atomically: the bytes go to a temporary file beside the target (temp-files.ts),
 * flushed, then renamed over it. A file replaced keeps its mode and owner, a symbolic link is
 * followed (its target written, the link kept). Refused, with nothing written: anything but a
 * regular file; an existing file unless `force`; the input (`expect`) unless `overInput`, and then
 * if it changed since it was read (checked again right before the rename); a read-only file
 * unless `force`. If anything fails the target is untouched and the temporary file removed.
 */
export async function writeAtomic(
  path: string,
  data: WriteData,
  options: WriteOptions = {}
): Promise<FileResult<void>> {
  const target = await writeTarget(path);
  await removeStaleTemps(target);
  const before = await statOrNull(target);
  const refused = await refusedReplace(path, target, before, options);
  if (refused) return { ok: false, reason: refused };
  // the input, as read: still there and unchanged (removed or replaced since: refused)
  const input = options.expect;
  const guard =
    input && (input.path === target || (before && isInput(target, before, input))) ? input : null;
  if (guard && !sameFile(before, guard)) return { ok: false, reason: changedSinceRead(path) };
  if (before?.isFile() && !options.force && (await readOnly(target, before)))
    return {
      ok: false,
      reason: message(
        `«${path}» è di sola lettura: non è stato sovrascritto (--force per scriverlo comunque).`,
        `«${path}» is read-only: not overwritten (--force to write it all the same).`
      ),
    };
  const temp = tempPathFor(target);
  pendingTemp(temp);
  try {
    // a file replaced: its copy readable by no one else until it has the original's mode
    const handle = await open(temp, "wx", before?.isFile() ? 0o600 : 0o666);
    try {
      await writeData(handle, data);
      if (before?.isFile()) await keepModeAndOwner(handle, before, options.force === true);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (guard && !sameFile(await statOrNull(target), guard)) {
      await unlink(temp).catch(() => undefined);
      return { ok: false, reason: changedSinceRead(path) };
    }
    if (before) await rename(temp, target);
    else if (!(await createOnly(temp, target))) {
      // made by someone else since it was looked at: not replaced
      await unlink(temp).catch(() => undefined);
      return { ok: false, reason: existsAlready(path) };
    }
    return { ok: true, value: undefined };
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    if (e instanceof OwnerNotKept)
      return {
        ok: false,
        reason: message(
          `«${path}» appartiene a un altro utente (uid ${e.uid}, gid ${e.gid}) e la nuova copia non potrebbe restare sua: non è stato sovrascritto (--force per scriverlo comunque).`,
          `«${path}» belongs to another user (uid ${e.uid}, gid ${e.gid}) and the new copy could not stay theirs: not overwritten (--force to write it all the same).`
        ),
      };
    const code = why(e);
    return {
      ok: false,
      reason: before
        ? message(
            `Impossibile scrivere «${path}» (${code}): il file è rimasto com'era.`,
            `Cannot write «${path}» (${code}): the file is as it was.`
          )
        : message(
            `Impossibile scrivere «${path}» (${code}): il file non è stato creato.`,
            `Cannot write «${path}» (${code}): the file was not created.`
          ),
    };
  } finally {
    settledTemp(temp);
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
export function decodeText(bytes: Uint8Array): DecodedText {
  // valid UTF-8 without a UTF-16 mark (nearly every file): Node's own decoding, several times
  // faster on a large plan JSON than a fatal TextDecoder; anything else as the core reads it
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: "utf-8" };
  }
  return decodeBytes(bytes);
}
