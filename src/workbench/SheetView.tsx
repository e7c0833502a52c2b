/**
 * The workbench's sheets as tables: one tab per sheet, the grid with column letters and row
 * numbers, only the rows in view rendered (a 10 000-row Indicatori scrolls smoothly). The cell
 * the pane selects (a diagnostic's cell) is brought into view and highlighted. The indicator's
 * name column (under a header «Indicatore») stays in view as the grid scrolls right, beside the
 * row numbers, as a frozen column in Excel: a finding far to the right is read with its name.
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
import { editText, typedValue } from "./cell-input";

const TAB_IN_GRID = JSON.stringify({ focusable: { ignoreKeydown: { Tab: true } } });
const MERGE_TYPE = 1; // ExcelJS.ValueType.Merge: a cell a merge covers
import type { XlsxBackend } from "../adapters/xlsx/memory-backend";

const ROW_HEIGHT = 24;
const OVERSCAN = 10;
const ROW_HEADER_WIDTH = 56;
/** The frozen name column takes at most this share of the grid's width (and at least MIN px). */
const FROZEN_SHARE = 0.4;
const FROZEN_MIN = 120;

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
    ":focus-visible": { outline: "3px solid #0f6cbd", outlineOffset: "-3px" },
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
  frozenHead: { zIndex: 3 },
  // the name column: stays beside the row numbers, over the cells that scroll under it
  frozen: {
    position: "sticky",
    zIndex: 1,
    backgroundColor: "#ffffff",
    borderRight: "1px solid #c2c2c2",
  },
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
  input: {
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    border: "none",
    outline: "none",
    padding: 0,
    font: "inherit",
    backgroundColor: "#ffffff",
    color: "#1f1f1f",
  },
  editing: { overflow: "visible", backgroundColor: "#ffffff !important" },
  selected: {
    outline: "2px solid #107c41",
    outlineOffset: "-2px",
    backgroundColor: "#dff6dd !important",
  },
  help: {
    padding: `0 ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground3,
    flexShrink: 0,
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

/** What a cell shows; a cell a merge covers shows nothing (the merge's text is in its first cell). */
function shownCell(cell: ExcelJS.Cell): { text: string; numeric: boolean } {
  return cell.type === MERGE_TYPE ? { text: "", numeric: false } : cellValue(cell);
}

/** The text to edit in a cell: its value as typed. */
function cellEditText(cell: ExcelJS.Cell): string {
  return editText(cell.value, cell.numFmt);
}

interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet's merged ranges: a merge is drawn once, in its first cell, across its columns. */
function mergesOf(ws: ExcelJS.Worksheet): MergeBox[] {
  const declared = (ws as unknown as { _merges?: Record<string, { model?: MergeBox } & MergeBox> })
    ._merges;
  return Object.values(declared ?? {}).flatMap((m) => {
    const box = m?.model ?? m;
    return box && typeof box.top === "number" ? [box] : [];
  });
}

const NAME_HEADER = /^(indicatore|nome( dell'| )?indicatore|descrizione( dell'| )?indicatore)$/i;
const HEADER_ROWS = 12;
const HEADER_COLUMNS = 40;

/** The header «Indicatore» (or «Nome…») of the sheet's name column, in its first rows; null if none. */
function nameHeader(
  ws: ExcelJS.Worksheet,
  below = HEADER_ROWS
): { row: number; col: number } | null {
  for (let r = 1; r < Math.min(below, HEADER_ROWS); r++) {
    const cells = ws.getRow(r);
    for (let c = 1; c <= Math.min(ws.columnCount, HEADER_COLUMNS); c++)
      if (NAME_HEADER.test(cellValue(cells.getCell(c)).text.trim())) return { row: r, col: c };
  }
  return null;
}

/** The indicator's name on a row: the cell under a header «Indicatore» (or «Nome…») above it. */
function rowName(ws: ExcelJS.Worksheet, row: number): string | null {
  const head = nameHeader(ws, row);
  if (!head) return null;
  return cellValue(ws.getRow(row).getCell(head.col)).text.trim() || null;
}

interface Editing {
  row: number;
  col: number;
  text: string;
}

function Grid(props: {
  ws: ExcelJS.Worksheet;
  version: number;
  selected: { row: number; col: number } | null;
  onSelect(row: number, col: number): void;
  onEdit(row: number, col: number, text: string): void;
}): React.JSX.Element {
  const styles = useStyles();
  const t = useStrings();
  const { ws, selected, onSelect, onEdit } = props;
  const scroller = React.useRef<HTMLDivElement>(null);
  const input = React.useRef<HTMLInputElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [height, setHeight] = React.useState(600);
  const [width, setWidth] = React.useState(1000);
  const [editing, setEditing] = React.useState<Editing | null>(null);
  const rows = Math.max(ws.rowCount, selected?.row ?? 0);
  const cols = Math.max(ws.columnCount, selected?.col ?? 0, 1);
  // the name column, frozen: narrowed to a share of the grid so the other cells keep room
  const frozen = React.useMemo(() => nameHeader(ws)?.col ?? null, [ws, props.version]);
  const widths = React.useMemo(() => {
    const natural = Array.from({ length: cols }, (_, i) => columnPixels(ws, i + 1));
    if (frozen !== null && frozen <= cols) {
      const room = Math.max(FROZEN_MIN, Math.round((width - ROW_HEADER_WIDTH) * FROZEN_SHARE));
      natural[frozen - 1] = Math.min(natural[frozen - 1], room);
    }
    return natural;
    // widths change with the workbook's version and the grid's width
  }, [ws, cols, props.version, frozen, width]);
  const frozenWidth = frozen !== null && frozen <= cols ? widths[frozen - 1] : 0;
  const merges = React.useMemo(() => mergesOf(ws), [ws, props.version]);

  React.useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const measure = () => {
      setHeight(el.clientHeight || 600);
      setWidth(el.clientWidth || 1000);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // bring the selected cell into view, when the selection changes (not at every scroll)
  const selectedKey = selected ? `${selected.row}:${selected.col}` : "";
  React.useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !selected) return;
    const top = (selected.row - 1) * ROW_HEIGHT;
    if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - 2 * ROW_HEIGHT)
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    const left = widths.slice(0, selected.col - 1).reduce((s, w) => s + w, 0);
    const cellWidth = widths[selected.col - 1] ?? 0;
    // right of the frozen name column, a cell is in view only where that column does not cover it
    const cover = frozen !== null && selected.col > frozen ? frozenWidth : 0;
    const visibleLeft = el.scrollLeft + cover;
    const visibleRight = el.scrollLeft + el.clientWidth - ROW_HEADER_WIDTH;
    if (left < visibleLeft || left + cellWidth > visibleRight)
      el.scrollLeft = Math.max(0, left - cover - (el.clientWidth - ROW_HEADER_WIDTH - cover) / 3);
    setScrollTop(el.scrollTop);
    // the grid itself into the page's view (on a narrow screen it is below the pane)
    const box = el.getBoundingClientRect();
    if (box.top > window.innerHeight - 3 * ROW_HEIGHT || box.bottom < 3 * ROW_HEIGHT)
      el.scrollIntoView({ block: "start" });
  }, [selectedKey, widths, frozen, frozenWidth]);

  React.useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing !== null]);

  const startEdit = (row: number, col: number, text?: string) => {
    setEditing({ row, col, text: text ?? cellEditText(ws.getRow(row).getCell(col)) });
  };
  const move = (row: number, col: number) => onSelect(Math.max(1, row), Math.max(1, col));
  // the edit as typed so far: Enter, Tab, Esc or leaving the cell ends it once
  const current = React.useRef<Editing | null>(null);
  current.current = editing;
  const finish = (commit: boolean, then?: { dr: number; dc: number }) => {
    const e = current.current;
    if (!e) return;
    current.current = null;
    setEditing(null);
    if (commit) onEdit(e.row, e.col, e.text);
    if (then) move(e.row + then.dr, e.col + then.dc);
    scroller.current?.focus();
  };

  const onGridKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== e.currentTarget) return;
    const at = selected ?? { row: 1, col: 1 };
    const steps: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
      Enter: [e.shiftKey ? -1 : 1, 0],
      Tab: [0, e.shiftKey ? -1 : 1],
    };
    const step = steps[e.key];
    if (step && selected) {
      // Tab leaves the grid at its first or last column, as focus should
      if (e.key === "Tab" && (at.col + step[1] < 1 || at.col + step[1] > cols)) return;
      e.preventDefault();
      return move(at.row + step[0], at.col + step[1]);
    }
    if (!selected) {
      if (step && e.key !== "Tab") {
        e.preventDefault();
        move(1, 1);
      }
      return;
    }
    if (e.key === "F2") {
      e.preventDefault();
      return startEdit(at.row, at.col);
    }
    if (e.key === "Delete") {
      e.preventDefault();
      return onEdit(at.row, at.col, "");
    }
    if (e.key === "Backspace") {
      e.preventDefault();
      return startEdit(at.row, at.col, "");
    }
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(at.row, at.col, e.key);
    }
  };

  const onInputKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      finish(true, { dr: e.shiftKey ? -1 : 1, dc: 0 });
    } else if (e.key === "Tab") {
      e.preventDefault();
      finish(true, { dr: 0, dc: e.shiftKey ? -1 : 1 });
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      finish(false);
    }
  };

  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) + 1 - OVERSCAN);
  const last = Math.min(rows, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const body: React.JSX.Element[] = [];
  for (let r = first; r <= last; r++) {
    const row = ws.getRow(r);
    const cells: React.JSX.Element[] = [];
    const shown = Array.from({ length: cols }, (_, i) => shownCell(row.getCell(i + 1)));
    for (let c = 1; c <= cols; c++) {
      const merge = merges.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
      // the merge's first row draws it once across its columns; the cells it covers are skipped
      if (merge && r === merge.top && c > merge.left) continue;
      const span = merge && r === merge.top && c === merge.left ? merge.right - merge.left + 1 : 1;
      const cell = row.getCell(c);
      const { text, numeric } = shown[c - 1];
      const next = c + span - 1;
      const isFrozen = c === frozen && span === 1;
      const spills = !isFrozen && !numeric && text !== "" && next < cols && shown[next].text === "";
      const isSelected = selected?.row === r && selected.col === c;
      const isEditing = editing?.row === r && editing.col === c;
      const address = `${columnLetters(c)}${r}`;
      cells.push(
        <td
          key={c}
          colSpan={span > 1 ? span : undefined}
          className={mergeClasses(
            styles.cell,
            numeric && styles.number,
            spills && styles.spill,
            isFrozen && styles.frozen,
            isSelected && styles.selected,
            isEditing && styles.editing
          )}
          style={isFrozen ? { ...cellStyle(cell), left: ROW_HEADER_WIDTH } : cellStyle(cell)}
          data-frozen={isFrozen ? "true" : undefined}
          title={text.length > 12 ? text : undefined}
          data-cell={address}
          data-selected={isSelected ? "true" : undefined}
          onMouseDown={() => {
            if (!isEditing) move(r, c);
          }}
          onDoubleClick={() => startEdit(r, c)}
        >
          {isEditing ? (
            <input
              ref={input}
              className={styles.input}
              aria-label={t.workbench.editCell(address)}
              value={editing.text}
              onChange={(e) => {
                const next = { ...editing, text: e.target.value };
                current.current = next;
                setEditing(next);
              }}
              onKeyDown={onInputKey}
              onBlur={() => finish(true)}
            />
          ) : (
            text
          )}
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
      onKeyDown={onGridKey}
      tabIndex={0}
      role="region"
      aria-label={t.workbench.grid(ws.name)}
      aria-describedby="sheet-grid-help"
      // Tab moves between cells as in Excel: Fluent's focus manager leaves it to the grid
      data-tabster={TAB_IN_GRID}
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
              <th
                key={i}
                className={mergeClasses(styles.colHead, i + 1 === frozen && styles.frozenHead)}
                style={i + 1 === frozen ? { left: ROW_HEADER_WIDTH } : undefined}
                scope="col"
              >
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
  // the indicator the selected cell belongs to, named beside it
  const selectedName = selected ? rowName(ws, selected.row) : null;

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
      <Grid
        key={ws.name}
        ws={ws}
        version={version}
        selected={selected}
        onSelect={(row, col) => void backend.selectCell(ws.name, `${columnLetters(col)}${row}`)}
        onEdit={(row, col, text) =>
          backend.setCell(ws.name, `${columnLetters(col)}${row}`, typedValue(text))
        }
      />
      <Caption1 id="sheet-grid-help" className={styles.help}>
        {t.workbench.gridHelp}
      </Caption1>
      <div className={styles.status} role="status" aria-live="polite">
        <Caption1>{t.workbench.rows(ws.rowCount)}</Caption1>
        {selection ? (
          <Caption1 data-testid="selection">
            {t.workbench.selected(selection.sheet, selection.cell, selectedName)}
          </Caption1>
        ) : null}
      </div>
    </div>
  );
}
