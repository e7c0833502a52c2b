/**
 * The one place the Office adapter calls context.sync(): counts the calls and, only when a batch
 * would exceed Excel on the web's request payload limit (5 MB), syncs early to split it.
 */

/** Excel on the web rejects requests above 5 MB; keep a margin for the request's own envelope. */
export const DEFAULT_MAX_PAYLOAD = 4_500_000;

export class Batch {
  syncs = 0;
  private pending = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    private readonly maxPayload = DEFAULT_MAX_PAYLOAD
  ) {}

  /** Account for `bytes` about to be queued; syncs first if they would not fit in the current request. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.maxPayload) await this.sync();
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }

  get maxBytes(): number {
    return this.maxPayload;
  }
}

/** Approximate bytes of a value once serialised into the request. */
export function payloadSize(x: unknown): number {
  return JSON.stringify(x).length;
}
