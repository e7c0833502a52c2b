/** Byte-level primitives (pure): checksums. */
export { CRC32_START, crc32, crc32End, crc32Update } from "./crc32";
