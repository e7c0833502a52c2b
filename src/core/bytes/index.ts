/** Byte-level primitives (pure): checksums, joining pieces. */
export { concatBytes } from "./concat";
export { CRC32_START, crc32, crc32End, crc32Update } from "./crc32";
