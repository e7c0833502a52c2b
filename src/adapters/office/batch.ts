/**
 * The one place the Office adapter calls context.sync(): counts the calls and, only when a batch
 * would exceed Excel on the web's request payload limit (5 MB), syncs early to split it.
 *
 * Office.js sends a batch as one JSON request: an object path for each object reached (a range
 * from getRangeByIndexes, its `format`, the format's `font`…) and an action for each property
 * set or method called, beside the values themselves. Microsoft's performance guide names the
 * three parts of a request's size: the number of API calls, the number of objects (such as
 * Range objects) and the length of the values. Callers reserve all three before queuing.
 */

/** Excel on the web rejects requests (and responses) above 5 MB; keep a margin for the envelope. */
export const DEFAULT_MAX_PAYLOAD = 4_500_000;

/** Request bytes of one object reached by a method (its path and its instantiation). */
export const OBJECT_BYTES = 240;
/** Request bytes of one property set, method call or navigation property, beside its values. */
export const MEMBER_BYTES = 120;

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

  /** Account for `objects` objects and `members` member calls about to be queued, and `bytes` of values. */
  async calls(objects: number, members: number, bytes = 0): Promise<void> {
    await this.reserve(objects * OBJECT_BYTES + members * MEMBER_BYTES + bytes);
  }

  /** One context.sync(); a sync that fails still counts (it was a round trip to Excel). */
  async sync(): Promise<void> {
    try {
      await this.context.sync();
    } finally {
      this.syncs++;
      this.pending = 0;
    }
  }

  get maxBytes(): number {
    return this.maxPayload;
  }
}

/** Approximate bytes of a value once serialised into the request. */
export function payloadSize(x: unknown): number {
  return JSON.stringify(x).length;
}
