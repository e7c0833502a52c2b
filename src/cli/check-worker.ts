/**
 * The thread of background-check.ts: the check of a fill (checkLoaded), given the plan as the
 * fill read it, its counts sent back. Compiled to lib/cli/check-worker.js and started from there.
 */
import { parentPort } from "node:worker_threads";
import { checkLoaded } from "../app/check";
import type { CheckJob } from "./background-check";

parentPort?.once("message", (job: CheckJob) => {
  // the counts alone are sent back: placing a diagnostic at its cell (LoadedPlan.place) moves it,
  // it never changes its severity
  const { counts } = checkLoaded({ ...job, place: (d) => d });
  parentPort?.postMessage(counts);
});
