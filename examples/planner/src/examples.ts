import beijingCosts from "../../beijing/scenario-costs.yaml";
import ulaanbaatarImpacts from "../../ulaanbaatar/scenario-impacts.yaml";
import ulaanbaatarRanges from "./ulaanbaatarRanges.yaml";

/**
 * The worked examples offered besides Beijing (`BEIJING_EXAMPLE`), bundled into the page as text
 * (it works offline): Beijing with its costs section, Ulaanbaatar with its impacts section, and
 * the same with an uncertainty section added by the planner (`ulaanbaatarRanges.yaml`: published
 * intervals only), each showing its panel.
 */
export const MORE_EXAMPLES: readonly { readonly id: string; readonly label: string; readonly fileName: string; readonly text: string }[] = [
  { id: "beijing-costs", label: "Beijing: costs and abatement cost curve", fileName: "beijing/scenario-costs.yaml", text: beijingCosts },
  { id: "ulaanbaatar-impacts", label: "Ulaanbaatar: health and temperature", fileName: "ulaanbaatar/scenario-impacts.yaml", text: ulaanbaatarImpacts },
  { id: "ulaanbaatar-ranges", label: "Ulaanbaatar: impacts with uncertainty ranges", fileName: "ulaanbaatar/scenario-impacts-ranges.yaml", text: `${ulaanbaatarImpacts.trimEnd()}\n\n${ulaanbaatarRanges}` },
];
