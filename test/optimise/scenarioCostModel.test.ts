import { describe, expect, it } from "vitest";
import type { CostsSection } from "../../src/costs.js";
import { InvalidInputError } from "../../src/index.js";
import { scenarioCostModel } from "../../src/optimise.js";
import { thrown } from "../fixtures/thrown.js";
import { stovesPlan } from "./fixtures.js";

// SYNTHETIC TEST FIXTURE, not data: currency XTS (ISO 4217's code for testing), made-up round costs.
const COSTS: CostsSection = {
  currency: "XTS", priceYear: 2020, discountRate: "0.05",
  measures: [
    { measure: "filter", paidBy: "household", variableOM: { value: "200", unit: "XTS/TJ" } },
    { measure: "scrubber", paidBy: "household", variableOM: { value: "300", unit: "XTS/TJ" }, subsidies: [{ payer: "government", on: "variableOM", share: "0.5" }] },
  ],
};

describe("scenarioCostModel", () => {
  it("prices each chosen measure in a year at the penetrations given: variable O&M x the activity it treats", () => {
    const model = scenarioCostModel(stovesPlan(), COSTS, { measures: [{ id: "filter" }, { id: "scrubber" }], perspective: "society" });
    // 200 XTS/TJ x 100 TJ x 0.25 = 5,000; 300 XTS/TJ x 100 TJ x 0.5 = 15,000 (society: the subsidy moves money, it does not change the total)
    expect(model.annualisedCosts({ filter: 0.25, scrubber: 0.5 }, 2030)).toEqual({ filter: 5000, scrubber: 15000 });
    expect(model.currency).toBe("XTS (2020 prices, society perspective)");
  });

  it("prices from a payer's perspective after subsidies when the optimise section names it", () => {
    const model = scenarioCostModel(stovesPlan(), COSTS, { measures: [{ id: "scrubber" }], perspective: "household" });
    // the household pays half of the scrubber's 15,000 (the government the other half)
    expect(model.annualisedCosts({ scrubber: 0.5 }, 2030).scrubber).toBe(7500);
  });

  it("refuses a chosen measure without a cost row, and subsidies without a named perspective, at their paths", () => {
    const e = thrown(() => scenarioCostModel(stovesPlan(), COSTS, { measures: [{ id: "filter" }, { id: "heat-pumps" }] }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).issues.map((i) => i.path)).toEqual([["optimise", "measures", 1, "id"], ["optimise", "perspective"]]);
    expect((e as InvalidInputError).issues[0]!.message).toContain('measure "heat-pumps" has no cost row in the costs section, so it would look free');
  });
});
