/**
 * Node's zlib as the zip writer's gzip (adapters/zip/gzip.ts): one call per part, with output
 * buffers a quarter of the part's size (64 KB to 4 MB), so zlib deflates a 35 MB sheet on the
 * thread pool in one or two steps. The platform's CompressionStream hands back every 16 KB of
 * output through the main thread: while the program writes the next sheet, it stalls. Same
 * library, level, window and memory as the stream: the same deflate data.
 */
import { gzip } from "node:zlib";
import { concatBytes } from "../core/bytes";

const MIN_STEP = 64 * 1024;
const MAX_STEP = 4 * 1024 * 1024;

export function nodeGzip(data: readonly Uint8Array[]): Promise<Uint8Array> {
  const input = concatBytes(data);
  const chunkSize = Math.min(MAX_STEP, Math.max(MIN_STEP, input.length >> 2));
  return new Promise((resolve, reject) =>
    gzip(input, { chunkSize }, (error, out) => (error ? reject(error) : resolve(out)))
  );
}
