/**
 * The gzip a program gives the zip writer (write-zip.ts) instead of the platform's stream. The
 * command line gives Node's zlib called once per part (cli/node-gzip.ts): it deflates on the
 * thread pool in a few large steps, where the stream comes back to the main thread every 16 KB —
 * so a 35 MB sheet is deflated while the next sheets are written, not while the program waits.
 * This file imports nothing, so that the command line can set it before it loads anything else.
 */

/** Bytes → one gzip member (RFC 1952) of them. */
export type Gzip = (data: readonly Uint8Array[]) => Promise<Uint8Array>;

let gzip: Gzip | null = null;

/**
 * The gzip to deflate parts with (null: the platform's CompressionStream). It must write the same
 * deflate data as the stream — zlib at its default level, window and memory — so that a package
 * is the same bytes whichever deflates it.
 */
export function useGzip(g: Gzip | null): void {
  gzip = g;
}

/** The gzip given, if any. */
export function programGzip(): Gzip | null {
  return gzip;
}
