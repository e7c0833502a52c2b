/** The review chunk (review-engine.ts), fetched once on first use. */
type ReviewEngine = typeof import("./review-engine");

let loading: Promise<ReviewEngine> | null = null;

export function loadReview(): Promise<ReviewEngine> {
  if (!loading) {
    loading = import(/* webpackChunkName: "review" */ "./review-engine").catch((e: unknown) => {
      loading = null; // a failed load (network) can be retried
      throw e;
    });
  }
  return loading;
}
