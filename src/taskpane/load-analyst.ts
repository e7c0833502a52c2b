/** The analyst's-table chunk (analyst-engine.ts), fetched once on first use. */
type AnalystEngine = typeof import("./analyst-engine");

let loading: Promise<AnalystEngine> | null = null;

export function loadAnalyst(): Promise<AnalystEngine> {
  if (!loading) {
    loading = import(/* webpackChunkName: "analyst" */ "./analyst-engine").catch((e: unknown) => {
      loading = null; // a failed load (network) can be retried
      throw e;
    });
  }
  return loading;
}
