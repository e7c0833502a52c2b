/**
 * Running the pane's actions: one at a time (the others are disabled meanwhile), a progress
 * indicator, what was done or why not (a message bar that says what to do), and confirmation
 * before sheets are replaced.
 */
import * as React from "react";
import type { Failure, Remedy } from "../../app/failure";
import { useLang, useStrings } from "../i18n";
import { loadConfirmDialog } from "../load-confirm";
import type { Strings } from "../strings";

/** The next step a notice offers: a button that does it. */
export interface NoticeAction {
  label: string;
  onClick(): void;
}

type NewNotice =
  | { kind: "error"; text: string; remedy: string }
  | { kind: "success"; text: string; details: string[]; action?: NoticeAction }
  /** done, but nothing useful came of it (0 rows, 0 indicators): what to do instead */
  | { kind: "warning"; text: string; details: string[] }
  | { kind: "info"; text: string };

export type Notice = NewNotice & {
  /** increases with every notice: tells a new notice from an earlier one with the same text */
  seq: number;
};

export interface Actions {
  /** label of the running action, null when idle */
  busy: string | null;
  notice: Notice | null;
  /** how many writes the workbook has had since the pane opened (results older than this are stale) */
  version: number;
  run(label: string, work: () => Promise<void>): Promise<void>;
  fail(f: Failure): void;
  /** an exception, shown with what to do */
  error(e: unknown): void;
  done(text: string, details?: string[], action?: NoticeAction): void;
  /** the action ran but did nothing useful: a warning saying so and what to do */
  warn(text: string, details?: string[]): void;
  info(text: string): void;
  dismiss(): void;
  /** the workbook was written: earlier results are stale */
  written(): void;
  /** asks before replacing these sheets; true to go on (no sheets: true at once) */
  confirmReplace(sheets: string[]): Promise<boolean>;
}

const ActionsContext = React.createContext<Actions | null>(null);

export function useActions(): Actions {
  const a = React.useContext(ActionsContext);
  if (!a) throw new Error("useActions outside ActionsProvider");
  return a;
}

/** An Office.js error code ("InvalidOperationInCellEditMode"), when there is one. */
function errorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

export function describeError(e: unknown, t: Strings): { text: string; remedy: string } {
  const what = e instanceof Error ? e.message : String(e);
  const cellEdit = errorCode(e) === "InvalidOperationInCellEditMode";
  return { text: t.unexpected(what), remedy: cellEdit ? t.remedies.cellEdit : t.remedies.retry };
}

export interface ConfirmRequest {
  sheets: string[];
  resolve(ok: boolean): void;
}

export function ActionsProvider(props: {
  children: React.ReactNode;
  onConfirm(request: ConfirmRequest): void;
}): React.JSX.Element {
  const lang = useLang();
  const t = useStrings();
  const [busy, setBusy] = React.useState<string | null>(null);
  const [notice, setNoticeState] = React.useState<Notice | null>(null);
  const seq = React.useRef(0);
  const setNotice = React.useCallback((n: NewNotice | null) => {
    setNoticeState(n ? { ...n, seq: ++seq.current } : null);
  }, []);
  const [version, setVersion] = React.useState(0);
  const running = React.useRef(false);
  const { onConfirm } = props;

  const value = React.useMemo<Actions>(
    () => ({
      busy,
      notice,
      version,
      async run(label, work) {
        if (running.current) return;
        running.current = true;
        setBusy(label);
        setNotice(null);
        try {
          await work();
        } catch (e) {
          console.error(e);
          setNotice({ kind: "error", ...describeError(e, t) });
        } finally {
          running.current = false;
          setBusy(null);
        }
      },
      fail(f) {
        const remedy: Remedy = f.remedy;
        setNotice({ kind: "error", text: f.reason[lang], remedy: t.remedies[remedy] });
      },
      error(e) {
        console.error(e);
        setNotice({ kind: "error", ...describeError(e, t) });
      },
      done(text, details = [], action) {
        setNotice({ kind: "success", text, details, ...(action ? { action } : {}) });
      },
      warn(text, details = []) {
        setNotice({ kind: "warning", text, details });
      },
      info(text) {
        setNotice({ kind: "info", text });
      },
      dismiss() {
        setNotice(null);
      },
      written() {
        setVersion((v) => v + 1);
      },
      confirmReplace(sheets) {
        if (!sheets.length) return Promise.resolve(true);
        // the control that asked: the focus goes back to it when the dialog closes
        const opener = typeof document === "undefined" ? null : document.activeElement;
        // the dialog's chunk first: if it cannot be fetched, the action fails saying so
        return loadConfirmDialog().then(
          () =>
            new Promise<boolean>((resolve) =>
              onConfirm({
                sheets,
                resolve: (ok) => {
                  resolve(ok);
                  if (opener instanceof HTMLElement)
                    setTimeout(() => {
                      if (opener.isConnected) opener.focus();
                    }, 0);
                },
              })
            )
        );
      },
    }),
    [busy, notice, version, lang, t, onConfirm, setNotice]
  );
  return <ActionsContext.Provider value={value}>{props.children}</ActionsContext.Provider>;
}
