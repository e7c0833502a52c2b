/**
 * ZIP packages, read safely (bounded entries and sizes) and written: what the .xlsx and .docx
 * adapters share.
 */
export * from "./safe-zip";
export * from "./repack";
export * from "./write-zip";
export * from "./inflate";
