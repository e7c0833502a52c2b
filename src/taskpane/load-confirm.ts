/**
 * The dialog that asks before sheets are replaced, as a chunk of its own ("confirm"): fetched once
 * the pane is shown (App.tsx), and awaited by an action that asks before it has come, so the first
 * screen carries neither it nor Fluent's dialog.
 */
type ConfirmDialog = typeof import("./components/ConfirmDialog").ConfirmDialog;

let loaded: ConfirmDialog | null = null;
let loading: Promise<ConfirmDialog> | null = null;

export function loadConfirmDialog(): Promise<ConfirmDialog> {
  if (!loading) {
    loading = import(/* webpackChunkName: "confirm" */ "./components/ConfirmDialog").then(
      (m) => (loaded = m.ConfirmDialog),
      (e: unknown) => {
        loading = null; // a failed load (network) can be retried
        throw e;
      }
    );
  }
  return loading;
}

/** The dialog, once loadConfirmDialog() has fetched it; null before. */
export function loadedConfirmDialog(): ConfirmDialog | null {
  return loaded;
}
