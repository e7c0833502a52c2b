/**
 * A new workbook opened in Excel from .xlsx bytes (Excel.createWorkbook, ExcelApi 1.8): what
 * «Nuovo anno» does inside Excel. False when this Excel cannot (the caller offers a download).
 */
export async function openNewWorkbook(bytes: Uint8Array): Promise<boolean> {
  if (typeof Excel === "undefined" || typeof Excel.createWorkbook !== "function") return false;
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) return false;
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  try {
    await Excel.createWorkbook(btoa(binary));
    return true;
  } catch {
    return false;
  }
}
