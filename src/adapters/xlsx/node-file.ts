/** Node only: files ⇄ bytes for the xlsx adapter (the adapter itself takes and returns bytes). */
import { readFile, writeFile } from "node:fs/promises";

export async function readBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}

export async function writeBytes(path: string, bytes: Uint8Array): Promise<void> {
  await writeFile(path, bytes);
}
