import type { FunctionComponent } from "preact";
import type { FastScenarioResult, Plan, ScenarioResult } from "cobenefits";
import { hasCosts } from "../model/costRows.js";
import type { Labels } from "../model/labels.js";
import { CostsPanel } from "./CostsPanel.js";

/** What an extension panel is given: the edited plan, its fast result and, once computed, its exact result. */
export interface PanelProps {
  readonly plan: Plan;
  readonly fast: FastScenarioResult;
  /** The exact result of `plan`, or null while the exact engine has not caught up with the sliders. */
  readonly exact: ScenarioResult | null;
  /** The page's labels in the chosen language. */
  readonly labels: Labels;
}

/** A result panel beyond the built-in ones: its heading and its component. */
export interface ExtensionPanel {
  readonly id: string;
  /** The heading's label key. */
  readonly heading: "costs";
  /** Whether the scenario has what the panel shows (e.g. a `costs` section); the panel is hidden otherwise. */
  readonly applies: (plan: Plan) => boolean;
  readonly Panel: FunctionComponent<PanelProps>;
}

/**
 * The extension point for results that are being built in the library now: uncertainty ranges
 * (`cobenefits/uncertainty`, issue 12), costs and the abatement cost curve (`cobenefits/costs`),
 * health and valuation, temperature response (`cobenefits/impacts`, issue 13). Costs are shown
 * (`CostsPanel`); the others are not yet: the planner shows nothing it cannot compute. When an entry
 * lands, add one panel here, e.g.
 *
 *     { id: "costs", heading: "costs", applies: (plan) => plan.scenario.costs !== undefined,
 *       Panel: ({ plan, exact }) => <CostCurve ... /> }
 *
 * importing only from that entry; the page renders every panel whose `applies` holds, below the
 * charts, and the browser test should get a step for it.
 */
export const EXTENSION_PANELS: readonly ExtensionPanel[] = [
  { id: "costs", heading: "costs", applies: hasCosts, Panel: CostsPanel },
];
