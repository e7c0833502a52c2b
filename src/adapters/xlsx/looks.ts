/**
 * What each described cell style looks like, once for both xlsx writers (ExcelJS cells.ts and the
 * package writer package/styles.ts): font, fill, alignment.
 */
import type { CellStyle } from "../../workbook";

export interface FontLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  /** ARGB */
  color?: string;
}

export interface Look {
  font?: FontLook;
  /** solid fill, ARGB */
  fill?: string;
  alignment?: { vertical: "top"; wrap: boolean };
}

export const COLORS = {
  headerFill: "FFD9E1F2",
  computedFill: "FFFCE4D6",
  link: "FF0563C1",
  muted: "FF7F7F7F",
} as const;

const TOP_WRAPPED = { vertical: "top", wrap: true } as const;

export const LOOKS: Record<CellStyle, Look> = {
  title: { font: { bold: true, size: 14 } },
  header: { font: { bold: true }, fill: COLORS.headerFill, alignment: TOP_WRAPPED },
  computedHeader: {
    font: { bold: true, italic: true },
    fill: COLORS.computedFill,
    alignment: TOP_WRAPPED,
  },
  label: { font: { bold: true }, alignment: { vertical: "top", wrap: false } },
  wrap: { alignment: TOP_WRAPPED },
  muted: { font: { color: COLORS.muted } },
  link: { font: { color: COLORS.link, underline: true } },
  total: { font: { bold: true } },
};

/** Conditional-format fills of the achievement bands (below low, between, from high). */
export const BAND_FILLS = { red: "FFF8CBAD", amber: "FFFFE699", green: "FFC6EFCE" } as const;
