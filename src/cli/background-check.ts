/**
 * The check `pira fill` prints after an analyst's workbook is filled («Verifica: 0 errori, …»),
 * started as soon as the tables are read and run on another thread (check-worker.ts) while the
 * main thread computes the cells, patches the sheet and writes the file: on 10,000 indicators the
 * check is about half a second the command no longer waits for. Its counts are the same as
 * checkLoaded's on the main thread (the plan handed over is a structured clone of the one read);
 * where no worker can run (the sources run by Jest, a thread that fails) the check runs here, when
 * its counts are asked for, as it did before.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Severity } from "../core/diagnostics";
import { checkLoaded } from "../app/validate";
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

/** The check of `loaded`, started now on another thread where one can run. */
export function checkInBackground(loaded: LoadedPlan): BackgroundCheck {
  const here = (): Promise<CheckCounts> => Promise.resolve(checkLoaded(loaded).counts);
  if (!existsSync(WORKER)) return { counts: here, cancel: () => undefined };
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
