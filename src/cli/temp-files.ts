/**
 * The temporary files of atomic writes: named so they can be recognised (.NAME.pira-tmp-PID-RAND,
 * beside the target), removed if the process is interrupted (SIGINT, SIGTERM, SIGHUP, exit) while
 * one is pending, and — as SIGKILL cannot be caught — removed by the next write to the same target
 * once the process that made them is gone.
 */
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { readdir, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const MARK = ".pira-tmp-";

/** A new temporary file's path for `target`: hidden, beside it, with this process's id. */
export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}${MARK}${process.pid}-${randomBytes(6).toString("hex")}`
  );
}

/** The process id in a temporary file's name for `target`, or null if the name is not one. */
function ownerOf(name: string, target: string): number | null {
  const prefix = `.${basename(target)}${MARK}`;
  if (!name.startsWith(prefix)) return null;
  const m = /^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
  return m ? Number(m[1]) : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, owned by someone else
    return (e as { code?: string }).code === "EPERM";
  }
}

/**
 * Removes the temporary files of `target` left by processes no longer running (a write killed
 * with SIGKILL, a crash). Those of a running process — this one's other writes included — stay.
 */
export async function removeStaleTemps(target: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = ownerOf(name, target);
    if (pid !== null && pid !== process.pid && !alive(pid))
      await unlink(join(dirname(target), name)).catch(() => undefined);
  }
}

const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function removePending(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // gone already
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  unlisten();
  // the signal's own effect (the process ends), unless the program handles it itself
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function listen(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on("exit", removePending);
}

function unlisten(): void {
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener("exit", removePending);
}

/** A temporary file being written: removed if the process is interrupted until `settled`. */
export function pendingTemp(path: string): void {
  if (pending.size === 0) listen();
  pending.add(path);
}

/** The temporary file was renamed or removed: nothing to clean any more. */
export function settledTemp(path: string): void {
  if (!pending.delete(path)) return;
  if (pending.size === 0) unlisten();
}
