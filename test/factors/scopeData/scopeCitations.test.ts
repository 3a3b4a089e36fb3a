import { describe, expect, it } from "vitest";
import { SCOPE_CITATIONS } from "../../../src/citations/scopeCitations.js";
import { citationSchema, getCitation, listCoalMineMethaneFactors, listGasLeakageEstimates, listGasSupplyMethaneFactors, listGenerationMixes, listMethaneDensities, listPlantEfficiencies, listPlantEmissionLimits } from "../../../src/index.js";

describe("the citations of the scope data", () => {
  const used = new Set(
    [...listGenerationMixes(), ...listPlantEfficiencies(), ...listPlantEmissionLimits(), ...listCoalMineMethaneFactors(), ...listMethaneDensities(), ...listGasLeakageEstimates(), ...listGasSupplyMethaneFactors()].map((r) => r.source.id),
  );

  it("all pass the citation schema and are in the built-in registry", () => {
    expect(SCOPE_CITATIONS.filter((c) => !citationSchema.safeParse(c).success).map((c) => c.id)).toEqual([]);
    expect(SCOPE_CITATIONS.map((c) => getCitation(c.id).id)).toEqual(SCOPE_CITATIONS.map((c) => c.id));
  });

  it("are each cited by at least one row, and every row cites one of them", () => {
    const ids = new Set(SCOPE_CITATIONS.map((c) => c.id));
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
  });

  it("say in their note what was not confirmed, wherever no DOI identifies the publication", () => {
    expect(SCOPE_CITATIONS.filter((c) => c.doi === undefined && !/not (confirmed|reached)/i.test(c.note ?? "")).map((c) => c.id)).toEqual([]);
  });
});
