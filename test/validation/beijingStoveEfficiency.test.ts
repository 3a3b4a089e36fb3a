import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario, toDec, type Dec, type Scenario, type Species } from "../../src/index.js";
import { LI_2016, stoveCut, stoveScenario, within } from "./stoveReplacementCut.js";

// Li Q., Jiang J., Qi J., Deng J., Yang D., Wu J., Duan L., Hao J. (2016), "Improving the Energy
// Efficiency of Stoves To Reduce Pollutant Emissions from Household Solid Fuel Combustion in
// China", Environmental Science & Technology Letters (Tsinghua University with the Beijing
// Association of New Energy and Renewable Energy), abstract: "The average TEs [thermal
// efficiencies] for burning all tested fuel types ... were 83 and 42% for the new stove and the
// traditional stove ... The average reductions [per unit energy delivered to a radiator] were 50%
// for CO2, 79% for PM2.5".
// Reproduced with the built-in data: household coal (1.A.4.b.i) in the traditional stove, replaced
// by the same coal in the new stove at the published efficiencies (a fuelSwitch from 0.42 to 0.83
// for the same heat). CO2 per GJ of coal is the same in both stoves (IPCC 2006 Vol. 2 Table 1.4),
// so its factor and interval cancel: the tolerance is the rounding of the published percentages
// (42 and 83 +-0.5 give 48.5% to 50.3%; "50%" is 49.5% to 50.5%).

function relativeCut(species: Species): Dec {
  const scenario: Scenario = {
    name: "validation: under-fire stove against traditional over-fire stove (Li et al. 2016)",
    years: { start: 2016, end: 2016 },
    species: [species],
    metrics: [],
    baseline: [{ id: "traditional-stove", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", unit: "t", level: { kind: "constant", value: "1000" } }],
    measures: [
      { id: "new-stove", kind: "fuelSwitch", target: { activityIds: ["traditional-stove"] }, penetration: { kind: "constant", value: "1" }, to: { fuel: "otherBituminousCoal" }, efficiencyFrom: "0.42", efficiencyTo: "0.83", toUnit: "GJ" },
    ],
  };
  const [row] = evaluateScenario(compileScenario(scenario)).emissions.filter((r) => r.species === species);
  return toDec(row!.reduction).div(row!.baseline);
}

// The same case with the Tier 2 stove technologies: a stoveReplacement from the conventional
// solid-fuel stove (EMEP/EEA 2019 1.A.4 Table 3-14, PM2.5 450 [216-480] g/GJ) to the advanced coal
// stove (Table 3-19, PM2.5 220 [72-230] g/GJ), saving the fuel the published efficiencies give
// (1 - 42/83), with the efficiencies' rounding (42 and 83 +-0.5) and both rows' 95% intervals in the
// band (LI_2016 in stoveReplacementCut.ts).

describe("Beijing: a new under-fire heating stove against the traditional stove (Li et al. 2016, ES&T Letters)", () => {
  it("Beijing (Li et al. 2016, ES&T Letters): the 50% CO2 cut is reproduced per unit of delivered heat from the published efficiencies, 42% and 83% (1 - 42/83 = 49.4%)", () => {
    const cut = relativeCut("CO2");
    expect(cut.toFixed(4)).toBe("0.4940");
    // the band from the published rounding overlaps the published "50%" (49.5% - 50.5%)
    const low = toDec(1).minus(toDec("42.5").div("82.5"));
    const high = toDec(1).minus(toDec("41.5").div("83.5"));
    expect(cut.gte(low) && cut.lte(high)).toBe(true);
    expect(high.gte("0.495")).toBe(true);
  });

  it("Beijing (Li et al. 2016, ES&T Letters): with Tier 1 alone the 79% PM2.5 cut is NOT reproduced, as the Tier 1 factor (EMEP/EEA 2019 1.A.4 Table 3-3) has one g/GJ for every stove, so only the fuel saved counts (49.4%)", () => {
    expect(relativeCut("PM2.5").toFixed(4)).toBe("0.4940");
  });

  it("Beijing (Li et al. 2016, ES&T Letters): the 79% PM2.5 cut is reproduced with the Tier 2 stove technologies, 75.3% (1 - 41/83 x 220/450) within the band of EMEP/EEA 2019 Tables 3-14 and 3-19 (45.1% to 92.5%)", () => {
    expect(LI_2016.fuelSaving).toBe("0.493976");
    const b = stoveCut(LI_2016, "PM2.5");
    expect(b.central.toFixed(4)).toBe("0.7526");
    // 1 - (42.5/82.5) x 230/216 and 1 - (41.5/83.5) x 72/480
    expect([b.low.toFixed(4), b.high.toFixed(4)]).toEqual(["0.4515", "0.9254"]);
    expect(within(b, "0.79")).toBe(true);
    expect([b.rows.from.id, b.rows.to.id].every((id) => id.startsWith("emep2019.1A4bi"))).toBe(true);
  });

  it("Beijing (Li et al. 2016, ES&T Letters): with the Tier 2 stove rows the CO2 cut stays the fuel saved (49.4%), as CO2 per GJ does not depend on the stove", () => {
    const [co2] = evaluateScenario(compileScenario(stoveScenario(LI_2016, ["CO2"]))).emissions;
    expect(toDec(co2!.reduction).div(co2!.baseline).toFixed(4)).toBe("0.4940");
  });
});
