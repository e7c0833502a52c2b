/**
 * The views as chunks of their own ("view-…"), each fetched once, from this add-in's own origin,
 * when its tab is first opened: the pane's first screen carries only the frame (header, tabs,
 * notices) and Importa, the view Excel opens on, so Fluent's table, dialog, select, radio and
 * checkbox components, the catalogue and the review words come with the views that use them.
 */
import type { ViewId } from "./strings";
import type { CompareView } from "./views/CompareView";
import type { FillView } from "./views/FillView";
import { ImportView } from "./views/ImportView";
import type { NewPlanView } from "./views/NewPlanView";
import type { PublishView } from "./views/PublishView";
import type { RolloverView } from "./views/RolloverView";
import type { SettingsView } from "./views/SettingsView";
import type { StructureView } from "./views/StructureView";
import type { SummaryView } from "./views/SummaryView";
import type { ValidateView } from "./views/ValidateView";

/** Each view's component, by its id. */
export interface ViewComponents {
  newPlan: typeof NewPlanView;
  import: typeof ImportView;
  structure: typeof StructureView;
  fill: typeof FillView;
  validate: typeof ValidateView;
  summary: typeof SummaryView;
  publish: typeof PublishView;
  rollover: typeof RolloverView;
  compare: typeof CompareView;
  settings: typeof SettingsView;
}

const LOADERS: { [V in ViewId]: () => Promise<ViewComponents[V]> } = {
  newPlan: () =>
    import(/* webpackChunkName: "view-new-plan" */ "./views/NewPlanView").then(
      (m) => m.NewPlanView
    ),
  import: () => Promise.resolve(ImportView),
  structure: () =>
    import(/* webpackChunkName: "view-structure" */ "./views/StructureView").then(
      (m) => m.StructureView
    ),
  fill: () =>
    import(/* webpackChunkName: "view-fill" */ "./views/FillView").then((m) => m.FillView),
  validate: () =>
    import(/* webpackChunkName: "view-validate" */ "./views/ValidateView").then(
      (m) => m.ValidateView
    ),
  summary: () =>
    import(/* webpackChunkName: "view-summary" */ "./views/SummaryView").then((m) => m.SummaryView),
  publish: () =>
    import(/* webpackChunkName: "view-publish" */ "./views/PublishView").then((m) => m.PublishView),
  rollover: () =>
    import(/* webpackChunkName: "view-rollover" */ "./views/RolloverView").then(
      (m) => m.RolloverView
    ),
  compare: () =>
    import(/* webpackChunkName: "view-compare" */ "./views/CompareView").then((m) => m.CompareView),
  settings: () =>
    import(/* webpackChunkName: "view-settings" */ "./views/SettingsView").then(
      (m) => m.SettingsView
    ),
};

const loading: Partial<Record<ViewId, Promise<unknown>>> = {};

/** The view's component: its chunk fetched on the first call; a failed fetch can be retried. */
export function loadView<V extends ViewId>(view: V): Promise<ViewComponents[V]> {
  let p = loading[view] as Promise<ViewComponents[V]> | undefined;
  if (!p) {
    p = LOADERS[view]().catch((e: unknown) => {
      delete loading[view]; // a failed load (network) can be retried
      throw e;
    });
    loading[view] = p;
  }
  return p;
}

/** The views the first screen carries: Importa, where the pane opens in Excel. */
export const FIRST_VIEWS: Partial<ViewComponents> = { import: ImportView };
