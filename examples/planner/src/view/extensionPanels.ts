import type { FunctionComponent } from "preact";
import type { FastScenarioResult, Plan, ScenarioResult } from "cobenefits";
import { hasCosts } from "../model/costRows.js";
import type { Labels } from "../model/labels.js";
import { CostsPanel } from "./CostsPanel.js";
import { hasImpacts } from "../model/impactsView.js";
import { hasUncertainty } from "../model/rangesRun.js";
import { ImpactsPanel } from "./ImpactsPanel.js";
import { UncertaintyPanel } from "./UncertaintyPanel.js";

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
  readonly heading: "costs" | "impacts" | "uncertainty";
  /** Whether the scenario has what the panel shows (e.g. a `costs` section); the panel is hidden otherwise. */
  readonly applies: (plan: Plan) => boolean;
  readonly Panel: FunctionComponent<PanelProps>;
}

/**
 * The results beyond emissions, each shown when the scenario has its section: costs and the
 * abatement cost curve (`cobenefits/costs`, `CostsPanel`), health, its value and temperature
 * (`cobenefits/impacts`, `ImpactsPanel`), uncertainty ranges computed on demand
 * (`cobenefits/uncertainty`, `UncertaintyPanel`). A new result is one more entry, e.g.
 *
 *     { id: "portfolio", heading: "portfolio", applies: (plan) => plan.scenario.optimise !== undefined,
 *       Panel: PortfolioPanel }
 *
 * importing only from that entry; the page renders every panel whose `applies` holds, below the
 * charts, and the browser test should get a step for it.
 */
export const EXTENSION_PANELS: readonly ExtensionPanel[] = [
  { id: "costs", heading: "costs", applies: hasCosts, Panel: CostsPanel },
  { id: "impacts", heading: "impacts", applies: hasImpacts, Panel: ImpactsPanel },
  { id: "uncertainty", heading: "uncertainty", applies: hasUncertainty, Panel: UncertaintyPanel },
];
