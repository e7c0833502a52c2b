/**
 * The one door into a zip package (.xlsx, .docx): every reader opens it here, or has it checked
 * here before handing the bytes to a library that unzips on its own (ExcelJS).
 *
 * Checked, in bounded memory and before anything is parsed:
 * - the central directory: a readable zip, no duplicate or encrypted members, no method other
 *   than stored or deflate;
 * - the sizes it declares (ZIP_LIMITS below): a package whose parts would inflate past the
 *   bounds is refused before a byte is inflated;
 * - every member's real stream, inflated in chunks and thrown away: inflating stops as soon as it
 *   passes the size its header declared (a lying header gets no further than the truth would),
 *   and its CRC-32 must match — a damaged member is named in the refusal.
 *
 * Why these bounds: Excel's grid (1,048,576 rows × 16,384 columns) bounds nothing useful — at
 * twenty bytes a cell it allows terabytes of XML. What does hold is how far real packages
 * inflate: XML parts compress 5–25× (a 10,000-indicator PIRA workbook: 18× overall, 53× for its
 * most repetitive part), and a part longer than V8's longest string (2^29 − 24 characters) cannot
 * be read by any of the libraries anyway. A zip bomb inflates hundreds of times its size.
 */
import JSZip from "jszip";
import { message, type Message } from "../../core/message";
import { CRC32_START, crc32End, crc32Update } from "../../core/bytes";

export interface ZipLimits {
  /** the declared total may be at most ratio × the package's size … */
  ratio: number;
  /** … plus this many bytes (small packages of highly regular XML) */
  allowance: number;
  /** and never more than this in all */
  total: number;
  /** one member's declared size at most (V8's longest string: 2^29 − 24 characters) */
  member: number;
  /** number of members at most */
  members: number;
}

export const ZIP_LIMITS: Readonly<ZipLimits> = {
  ratio: 100,
  allowance: 64 * 1024 * 1024,
  total: 2 * 1024 * 1024 * 1024,
  member: 2 ** 29 - 24,
  members: 65_535,
};

export interface ZipMember {
  name: string;
  /** 0 stored, 8 deflate */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** where its local header starts */
  offset: number;
}

export type ZipProblem = "not-zip" | "damaged" | "too-large";

export type ZipRefusal = {
  ok: false;
  problem: ZipProblem;
  reason: Message;
  /** for "not-zip": what was wrong, for a reader that words the refusal its own way */
  detail?: Message;
};

export type ZipBytes = ArrayBuffer | Uint8Array;

declare const checkedBrand: unique symbol;
/**
 * The bytes of a package that passed the checks (or that this program has just written): the
 * only bytes the readers below the guard take, so an unchecked package cannot reach them.
 */
export type CheckedZipBytes = Uint8Array & { readonly [checkedBrand]: true };

export type CheckedZip = { ok: true; bytes: CheckedZipBytes; members: ZipMember[] } | ZipRefusal;
export type OpenedZip =
  { ok: true; zip: JSZip; bytes: CheckedZipBytes; members: ZipMember[] } | ZipRefusal;

function bytesOf(b: ZipBytes): Uint8Array {
  return b instanceof Uint8Array ? b : new Uint8Array(b);
}

function refusal(problem: ZipProblem, it: string, en: string): ZipRefusal {
  return { ok: false, problem, reason: message(it, en) };
}

function notZip(it: string, en: string): ZipRefusal {
  return {
    ...refusal(
      "not-zip",
      `Il file non è un pacchetto zip leggibile (${it}).`,
      `The file is not a readable zip package (${en}).`
    ),
    detail: message(it, en),
  };
}

function damaged(name: string, it: string, en: string): ZipRefusal {
  return refusal(
    "damaged",
    `Il file è danneggiato: la parte «${name}» ${it}.`,
    `The file is damaged: part «${name}» ${en}.`
  );
}

function mb(n: number): string {
  return (n / (1024 * 1024)).toFixed(1);
}

// --------------------------------------------------------------------------------------------
// central directory

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

class Stop {
  constructor(readonly refusal: ZipRefusal) {}
}

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(at: number, n: number): void {
    if (at < 0 || at + n > this.bytes.length)
      throw new Stop(notZip("indirizzo fuori dal file", "offset past the end of the file"));
  }
  u16(at: number): number {
    this.need(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.need(at, 4);
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    this.need(at, 8);
    const v = this.view.getUint32(at, true) + this.view.getUint32(at + 4, true) * 2 ** 32;
    if (v > MAX_SAFE) throw new Stop(notZip("dimensione a 64 bit assurda", "absurd 64-bit size"));
    return v;
  }
  slice(at: number, n: number): Uint8Array {
    this.need(at, n);
    return this.bytes.subarray(at, at + n);
  }
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

function findDirectory(r: Reader): Directory {
  const b = r.bytes;
  const last = b.length - 22;
  const first = Math.max(0, last - 0xffff);
  let at = -1;
  for (let i = last; i >= first; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      at = i;
      break;
    }
  }
  if (at < 0 || r.u32(at) !== EOCD)
    throw new Stop(notZip("manca la fine della directory", "no end of central directory"));
  let count = r.u16(at + 10);
  let size = r.u32(at + 12);
  let offset = r.u32(at + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = at - 20;
    if (loc < 0 || r.u32(loc) !== ZIP64_LOCATOR)
      throw new Stop(notZip("directory zip64 mancante", "zip64 directory missing"));
    const z = r.u64(loc + 8);
    if (r.u32(z) !== ZIP64_EOCD)
      throw new Stop(notZip("directory zip64 illeggibile", "zip64 directory unreadable"));
    count = r.u64(z + 32);
    size = r.u64(z + 40);
    offset = r.u64(z + 48);
  }
  return { count, offset, size };
}

const utf8 = new TextDecoder("utf-8");

/** The members the central directory declares, in its order. */
function readDirectory(r: Reader, limits: ZipLimits): ZipMember[] {
  const dir = findDirectory(r);
  if (dir.count > limits.members)
    throw new Stop(
      refusal(
        "too-large",
        `Il pacchetto ha ${dir.count} parti: al massimo ${limits.members}.`,
        `The package has ${dir.count} parts: at most ${limits.members}.`
      )
    );
  const out: ZipMember[] = [];
  let at = dir.offset;
  for (let k = 0; k < dir.count; k++) {
    if (r.u32(at) !== CENTRAL)
      throw new Stop(notZip("directory centrale interrotta", "central directory broken"));
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const crc32 = r.u32(at + 16);
    let compressedSize = r.u32(at + 20);
    let size = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const name = utf8.decode(r.slice(at + 46, nameLength));
    let offset = r.u32(at + 42);
    // zip64 sizes live in the extra field (id 1), in order, only for the fields that overflow
    if (size === 0xffffffff || compressedSize === 0xffffffff || offset === 0xffffffff) {
      const extra = at + 46 + nameLength;
      for (let e = extra; e + 4 <= extra + extraLength;) {
        const id = r.u16(e);
        const len = r.u16(e + 2);
        if (id === 1) {
          let p = e + 4;
          if (size === 0xffffffff) ((size = r.u64(p)), (p += 8));
          if (compressedSize === 0xffffffff) ((compressedSize = r.u64(p)), (p += 8));
          if (offset === 0xffffffff) offset = r.u64(p);
          break;
        }
        e += 4 + len;
      }
    }
    if (flags & 1)
      throw new Stop(
        damaged(name, "è cifrata: non si può leggere", "is encrypted: it cannot be read")
      );
    if (method !== 0 && method !== 8)
      throw new Stop(
        damaged(
          name,
          `usa un metodo di compressione sconosciuto (${method})`,
          `uses an unknown compression method (${method})`
        )
      );
    out.push({ name, method, crc32, compressedSize, size, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** The declared sizes against the limits: refused before anything is inflated. */
function checkDeclared(members: ZipMember[], packageSize: number, limits: ZipLimits): void {
  const names = new Set<string>();
  let total = 0;
  for (const m of members) {
    if (names.has(m.name))
      throw new Stop(
        damaged(m.name, "compare due volte nel pacchetto", "appears twice in the package")
      );
    names.add(m.name);
    if (m.size > limits.member)
      throw new Stop(
        refusal(
          "too-large",
          `La parte «${m.name}» si espande a ${mb(m.size)} MB: al massimo ${mb(limits.member)} MB per parte.`,
          `Part «${m.name}» inflates to ${mb(m.size)} MB: at most ${mb(limits.member)} MB a part.`
        )
      );
    total += m.size;
  }
  const bound = Math.min(limits.total, limits.ratio * packageSize + limits.allowance);
  if (total > bound)
    throw new Stop(
      refusal(
        "too-large",
        `Il file (${mb(packageSize)} MB) si espande a ${mb(total)} MB: al massimo ${mb(bound)} MB (${limits.ratio} volte il file più ${mb(limits.allowance)} MB). Non è una cartella di lavoro ordinaria: forse un file costruito per esaurire la memoria.`,
        `The file (${mb(packageSize)} MB) inflates to ${mb(total)} MB: at most ${mb(bound)} MB (${limits.ratio} times the file plus ${mb(limits.allowance)} MB). Not an ordinary workbook: possibly a file built to exhaust memory.`
      )
    );
}

// --------------------------------------------------------------------------------------------
// members' real streams

/** JSZip's stream of a member's content (not in its typings). */
interface ContentStream {
  on(event: "data", f: (chunk: Uint8Array) => void): ContentStream;
  on(event: "error", f: (e: unknown) => void): ContentStream;
  on(event: "end", f: () => void): ContentStream;
  pause(): ContentStream;
  resume(): ContentStream;
}

/** Inflates one member in chunks, thrown away as they come: its length and CRC-32, or a refusal. */
function verifyMember(file: JSZip.JSZipObject, m: ZipMember): Promise<ZipRefusal | null> {
  return new Promise((resolve) => {
    let length = 0;
    let crc = CRC32_START;
    let settled = false;
    const settle = (r: ZipRefusal | null) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    let stream: ContentStream;
    try {
      stream = (
        file as unknown as { internalStream(type: "uint8array"): ContentStream }
      ).internalStream("uint8array");
    } catch (e) {
      settle(damaged(m.name, `non si legge (${String(e)})`, `cannot be read (${String(e)})`));
      return;
    }
    stream
      .on("data", (chunk) => {
        if (settled) return;
        length += chunk.length;
        if (length > m.size) {
          stream.pause();
          settle(
            damaged(
              m.name,
              `si espande oltre i ${m.size} byte dichiarati`,
              `inflates past its declared ${m.size} bytes`
            )
          );
          return;
        }
        crc = crc32Update(crc, chunk);
      })
      .on("error", (e) => {
        const why = e instanceof Error ? e.message : String(e);
        settle(damaged(m.name, `non si decomprime (${why})`, `does not inflate (${why})`));
      })
      .on("end", () => {
        if (length !== m.size)
          return settle(
            damaged(
              m.name,
              `ha ${length} byte invece dei ${m.size} dichiarati`,
              `has ${length} bytes instead of the declared ${m.size}`
            )
          );
        if (crc32End(crc) !== m.crc32)
          return settle(
            damaged(
              m.name,
              "non corrisponde al suo codice di controllo (CRC-32)",
              "does not match its checksum (CRC-32)"
            )
          );
        settle(null);
      });
    stream.resume();
  });
}

// --------------------------------------------------------------------------------------------

/**
 * How many times a package was opened (JSZip reading its directory, to check it, read it or edit
 * it) and loaded whole by ExcelJS, since the process started: what an action costs, for the
 * measures and the tests that count work.
 */
export const packageCounts = { opens: 0, exceljsLoads: 0 };

/**
 * Opens a zip package after checking it (see the top of this file): the JSZip object, whose
 * members are known to inflate to their declared sizes and CRCs, or why the package is refused.
 */
export async function openZip(bytes: ZipBytes, limits: ZipLimits = ZIP_LIMITS): Promise<OpenedZip> {
  const b = bytesOf(bytes);
  let members: ZipMember[];
  try {
    members = readDirectory(new Reader(b), limits);
    checkDeclared(members, b.length, limits);
  } catch (e) {
    if (e instanceof Stop) return e.refusal;
    throw e;
  }
  let zip: JSZip;
  try {
    packageCounts.opens++;
    zip = await JSZip.loadAsync(b, { createFolders: false });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return notZip(why, why);
  }
  // every part JSZip will hand out must be one checked here (JSZip reads the central directory
  // by its signatures and may find parts its count does not declare)
  const declared = new Set(members.map((m) => m.name));
  for (const name of Object.keys(zip.files))
    if (!declared.has(name))
      return damaged(
        name,
        "non è tra le parti che la directory dichiara",
        "is not among the parts the directory declares"
      );
  for (const m of members) {
    const file = zip.files[m.name];
    if (!file)
      return damaged(
        m.name,
        "è nella directory ma non si trova nel pacchetto",
        "is in the directory but not in the package"
      );
    if (file.dir && m.size === 0) continue;
    const problem = await verifyMember(file, m);
    if (problem) return problem;
  }
  return { ok: true, zip, bytes: b as CheckedZipBytes, members };
}

/** Checks a package (as openZip) for a reader that unzips it on its own. */
export async function checkZip(
  bytes: ZipBytes,
  limits: ZipLimits = ZIP_LIMITS
): Promise<CheckedZip> {
  const opened = await openZip(bytes, limits);
  return opened.ok ? { ok: true, bytes: opened.bytes, members: opened.members } : opened;
}

/** A checked package opened again (JSZip reads only its directory until a member is asked for). */
export function reopen(bytes: CheckedZipBytes): Promise<JSZip> {
  packageCounts.opens++;
  return JSZip.loadAsync(bytes, { createFolders: false });
}

/** The members of a checked package, as its central directory lists them. */
export function membersOf(bytes: CheckedZipBytes): ZipMember[] {
  return readDirectory(new Reader(bytes), { ...ZIP_LIMITS, members: Number.MAX_SAFE_INTEGER });
}

/** A member's data as stored (deflated or not), straight from the package's bytes. */
export function storedData(bytes: CheckedZipBytes, m: ZipMember): Uint8Array {
  const r = new Reader(bytes);
  if (r.u32(m.offset) !== 0x04034b50) throw new Error(`storedData: no local header for ${m.name}`);
  const start = m.offset + 30 + r.u16(m.offset + 26) + r.u16(m.offset + 28);
  return r.slice(start, m.compressedSize);
}

/** Bytes this program has just written (JSZip's or ExcelJS's output): nothing to check. */
export function written(bytes: Uint8Array): CheckedZipBytes {
  return bytes as CheckedZipBytes;
}
