/** The engine as a separate chunk, fetched once (from this add-in's own origin) on first use. */
type Engine = typeof import("./engine");

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  if (!loading) {
    loading = import(/* webpackChunkName: "engine" */ "./engine").catch((e: unknown) => {
      loading = null; // a failed load (network) can be retried
      throw e;
    });
  }
  return loading;
}
