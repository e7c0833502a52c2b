/**
 * The workbench's sheets as tables: one tab per sheet, the grid with column letters and row
 * numbers, only the rows in view rendered (a 10 000-row Indicatori scrolls smoothly). The cell
 * the pane selects (a diagnostic's cell) is brought into view and highlighted.
 */
import * as React from "react";
import type ExcelJS from "exceljs";
import {
  Caption1,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../core/a1";
import { useStrings } from "../taskpane/i18n";
import { shownText } from "./cell-text";
import type { XlsxBackend } from "../adapters/xlsx/memory-backend";

const ROW_HEIGHT = 24;
const OVERSCAN = 10;
const ROW_HEADER_WIDTH = 56;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  tabs: {
    overflowX: "auto",
    flexShrink: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    flexShrink: 0,
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
  },
  // the grid keeps a spreadsheet's light look in both themes, as Excel's does
  scroller: {
    flex: 1,
    minHeight: 0,
    overflow: "auto",
    backgroundColor: "#ffffff",
    color: "#1f1f1f",
    position: "relative",
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: "#f3f3f3",
    color: "#424242",
    fontWeight: tokens.fontWeightRegular,
    height: `${ROW_HEIGHT}px`,
    borderRight: "1px solid #d6d6d6",
    borderBottom: "1px solid #c2c2c2",
    textAlign: "center",
  },
  corner: { left: 0, zIndex: 3 },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    color: "#424242",
    fontWeight: tokens.fontWeightRegular,
    textAlign: "right",
    paddingRight: "6px",
    borderRight: "1px solid #c2c2c2",
    borderBottom: "1px solid #e0e0e0",
  },
  cell: {
    height: `${ROW_HEIGHT - 1}px`,
    padding: "0 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: "1px solid #e6e6e6",
    borderBottom: "1px solid #e6e6e6",
  },
  number: { textAlign: "right" },
  // text runs on over empty cells to its right, as in a spreadsheet
  spill: { overflow: "visible", textOverflow: "clip", position: "relative", zIndex: 0 },
  selected: {
    outline: "2px solid #107c41",
    outlineOffset: "-2px",
    backgroundColor: "#dff6dd !important",
  },
  empty: { padding: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
});

/** Column width in pixels from Excel's width in characters. */
function columnPixels(ws: ExcelJS.Worksheet, c: number): number {
  const w = ws.getColumn(c).width;
  const chars = typeof w === "number" && w > 0 ? w : 9;
  return Math.round(Math.min(Math.max(chars * 7 + 10, 36), 420));
}

function cellValue(cell: ExcelJS.Cell): { text: string; numeric: boolean } {
  const format = cell.numFmt;
  if (cell.type === 6 /* Formula */) {
    const result = cell.result as unknown;
    if (result === undefined || result === null)
      return { text: `=${cell.formula}`, numeric: false };
    return {
      text: shownText(result as never, format),
      numeric: typeof result === "number",
    };
  }
  const v = cell.value;
  return { text: shownText(v as never, format), numeric: typeof v === "number" };
}

function cellStyle(cell: ExcelJS.Cell): React.CSSProperties | undefined {
  const fill = cell.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
  const argb = fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
  const font = cell.font;
  const style: React.CSSProperties = {};
  if (argb && /^[0-9A-F]{8}$/i.test(argb)) style.backgroundColor = `#${argb.slice(2)}`;
  if (font?.bold) style.fontWeight = 600;
  if (font?.italic) style.fontStyle = "italic";
  if (font?.color?.argb && /^[0-9A-F]{8}$/i.test(font.color.argb))
    style.color = `#${font.color.argb.slice(2)}`;
  return Object.keys(style).length ? style : undefined;
}

/** "F12" → row 12, column 6. */
function parseCell(cell: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function Grid(props: {
  ws: ExcelJS.Worksheet;
  version: number;
  selected: { row: number; col: number } | null;
}): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const { ws, selected } = props;
  const scroller = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [height, setHeight] = React.useState(600);
  const rows = Math.max(ws.rowCount, selected?.row ?? 0);
  const cols = Math.max(ws.columnCount, selected?.col ?? 0, 1);
  const widths = React.useMemo(
    () => Array.from({ length: cols }, (_, i) => columnPixels(ws, i + 1)),
    // widths change with the workbook's version
    [ws, cols, props.version]
  );

  React.useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // bring the selected cell into view
  React.useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !selected) return;
    const top = (selected.row - 1) * ROW_HEIGHT;
    if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - 2 * ROW_HEIGHT)
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    const left = widths.slice(0, selected.col - 1).reduce((s, w) => s + w, 0);
    const width = widths[selected.col - 1] ?? 0;
    const visibleLeft = el.scrollLeft;
    const visibleRight = el.scrollLeft + el.clientWidth - ROW_HEADER_WIDTH;
    if (left < visibleLeft || left + width > visibleRight)
      el.scrollLeft = Math.max(0, left - (el.clientWidth - ROW_HEADER_WIDTH) / 3);
    setScrollTop(el.scrollTop);
  }, [selected, widths]);

  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) + 1 - OVERSCAN);
  const last = Math.min(rows, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const body: React.JSX.Element[] = [];
  for (let r = first; r <= last; r++) {
    const row = ws.getRow(r);
    const cells: React.JSX.Element[] = [];
    const shown = Array.from({ length: cols }, (_, i) => cellValue(row.getCell(i + 1)));
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      const { text, numeric } = shown[c - 1];
      const spills = !numeric && text !== "" && c < cols && shown[c].text === "";
      const isSelected = selected?.row === r && selected.col === c;
      const address = `${columnLetters(c)}${r}`;
      cells.push(
        <td
          key={c}
          className={mergeClasses(
            styles.cell,
            numeric && styles.number,
            spills && styles.spill,
            isSelected && styles.selected
          )}
          style={cellStyle(cell)}
          title={text.length > 12 ? text : undefined}
          data-cell={address}
          data-selected={isSelected ? "true" : undefined}
        >
          {text}
        </td>
      );
    }
    body.push(
      <tr key={r} style={{ height: ROW_HEIGHT }}>
        <th scope="row" className={styles.rowHead}>
          {r}
        </th>
        {cells}
      </tr>
    );
  }
  const totalWidth = ROW_HEADER_WIDTH + widths.reduce((s, w) => s + w, 0);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      tabIndex={0}
      role="region"
      aria-label={t.workbench.grid(ws.name)}
      data-testid="sheet-grid"
      data-sheet={ws.name}
    >
      <table
        className={styles.table}
        style={{ width: totalWidth }}
        aria-label={t.workbench.grid(ws.name)}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {widths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={mergeClasses(styles.colHead, styles.corner)} scope="col">
              <span style={{ position: "absolute", width: 1, height: 1, overflow: "hidden" }}>
                #
              </span>
            </th>
            {widths.map((_, i) => (
              <th key={i} className={styles.colHead} scope="col">
                {columnLetters(i + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 1 ? (
            <tr aria-hidden style={{ height: (first - 1) * ROW_HEIGHT }}>
              <td colSpan={cols + 1} />
            </tr>
          ) : null}
          {body}
          {last < rows ? (
            <tr aria-hidden style={{ height: (rows - last) * ROW_HEIGHT }}>
              <td colSpan={cols + 1} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

export function SheetView(props: { backend: XlsxBackend }): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const { backend } = props;
  const version = React.useSyncExternalStore(backend.subscribe, backend.getVersion);
  // hidden sheets (the mappings of an analyst's tables, «PIRA Mappature») stay hidden, as in Excel
  const sheets = backend.workbook.worksheets.filter(
    (s) => s.state !== "hidden" && s.state !== "veryHidden"
  );
  const selection = backend.selection;
  // the tab chosen, or the sheet of a selection made in the pane: where the pane's actions work
  const active = backend.activeSheet();
  const ws = sheets.find((s) => s.name === active) ?? sheets[0];
  if (!ws) return <div className={styles.empty}>{t.workbench.emptyWorkbook}</div>;
  const selected = selection && selection.sheet === ws.name ? parseCell(selection.cell) : null;

  return (
    <div className={styles.root}>
      <div className={styles.tabs}>
        <TabList
          size="small"
          selectedValue={ws.name}
          onTabSelect={(_, d) => backend.showSheet(String(d.value))}
          aria-label={t.workbench.sheets}
        >
          {sheets.map((s) => (
            <Tab key={s.name} value={s.name} data-sheet={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      </div>
      <Grid key={ws.name} ws={ws} version={version} selected={selected} />
      <div className={styles.status} role="status" aria-live="polite">
        <Caption1>{t.workbench.rows(ws.rowCount)}</Caption1>
        {selection ? (
          <Caption1 data-testid="selection">
            {t.workbench.selected(selection.sheet, selection.cell)}
          </Caption1>
        ) : null}
      </div>
    </div>
  );
}
