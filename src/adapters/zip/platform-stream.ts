/**
 * The platform's compression streams (Node 18+, current browsers), where they exist and take the
 * format asked for: zlib's deflate and inflate, natively, instead of JSZip's JavaScript.
 */

/** A CompressionStream or DecompressionStream constructor for one format. */
export type ByteStream<F extends string> = new (format: F) => {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
};

/** The stream `name` for `format`, or null where the platform has none that takes it. */
export function platformStream<F extends string>(
  name: "CompressionStream" | "DecompressionStream",
  format: F
): ByteStream<F> | null {
  const S = (globalThis as Record<string, unknown>)[name] as ByteStream<F> | undefined;
  if (!S) return null;
  try {
    new S(format);
    return S;
  } catch {
    return null;
  }
}
