/**
 * The check `pira fill` prints after an analyst's workbook is filled («Verifica: 0 errori, …»),
 * started as soon as the tables are read and run on another thread (check-worker.ts) while the
 * main thread computes the cells, patches the sheet and writes the file: on 10,000 indicators the
 * check is about half a second the command no longer waits for. Its counts are the same as
 * checkLoaded's on the main thread (the plan handed over is a structured clone of the one read).
 *
 * The thread costs CPU of its own (~0.4 s on 10,000 indicators: the plan cloned, the rules'
 * modules loaded and compiled again, each value typed again — on the main thread the fill has
 * typed them already), so it is worth it only with a core to spare: it is used when the load
 * average is below the number of cores, else the check runs here, after the write, as it did
 * before; likewise where no worker can run (the sources run by Jest, a thread that fails).
 * PIRA_CHECK_THREAD=always or never decides instead (the tests).
 */
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Severity } from "../core/diagnostics";
import { checkLoaded } from "../app/check";
import type { LoadedPlan } from "../app/loaded";

/** What the worker is given: the loaded plan without its functions (which do not cross threads). */
export type CheckJob = Pick<LoadedPlan, "plan" | "settings" | "diagnostics" | "locations">;

export type CheckCounts = Record<Severity, number>;

export interface BackgroundCheck {
  /** the counts of checkLoaded(loaded) */
  counts(): Promise<CheckCounts>;
  /** the check is not wanted (the command failed): its thread is stopped */
  cancel(): void;
}

const WORKER = join(__dirname, "check-worker.js");

/** Whether a core is free for the check's thread (see above). */
function coreToSpare(env: Record<string, string | undefined>): boolean {
  const forced = env.PIRA_CHECK_THREAD;
  if (forced === "always" || forced === "never") return forced === "always";
  const cores = availableParallelism();
  return cores > 1 && loadavg()[0] < cores;
}

/** The check of `loaded`, started now on another thread where one can run and is worth it. */
export function checkInBackground(
  loaded: LoadedPlan,
  env: Record<string, string | undefined>
): BackgroundCheck {
  const here = (): Promise<CheckCounts> => Promise.resolve(checkLoaded(loaded).counts);
  if (!coreToSpare(env) || !existsSync(WORKER)) return { counts: here, cancel: () => undefined };
  let worker: Worker | undefined;
  try {
    worker = new Worker(WORKER);
    const job: CheckJob = {
      plan: loaded.plan,
      settings: loaded.settings,
      diagnostics: loaded.diagnostics,
      locations: loaded.locations,
    };
    worker.postMessage(job);
  } catch {
    // a plan that does not cross threads (nothing today), or no thread to be had
    void worker?.terminate();
    return { counts: here, cancel: () => undefined };
  }
  // the thread never keeps the process alive by itself (a command that ends early)
  worker.unref();
  const result = new Promise<CheckCounts | null>((resolve) => {
    worker.once("message", (counts: CheckCounts) => resolve(counts));
    worker.once("error", () => resolve(null));
    worker.once("exit", () => resolve(null));
  });
  return {
    async counts() {
      // held alive while the counts are awaited
      worker.ref();
      const counts = await result;
      void worker.terminate();
      return counts ?? (await here());
    },
    cancel() {
      void worker.terminate();
    },
  };
}
