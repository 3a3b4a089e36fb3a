import { describe, expect, it } from "vitest";
import { InvalidInputError, compileScenario, evaluateScenario, pavedRoadDustRemoval, type Scenario } from "../../src/index.js";
import { thrown } from "../fixtures/thrown.js";

// Road dust of paved arterials by AP-42 13.2.1 (2011) Equation 1, derived in the scenario:
// sL = 2 g/m2, W = 2.177243376 t, 70 wet days: 2.70898 g PM10 per vkm (test/factors/dust/roadDust.test.ts);
// 5e9 vkm give 13,544.9 t PM10 (test/scenario/dustProgramme.test.ts).
const roadDust = { roadDust: [{ road: "paved" as const, technology: "paved arterial roads", siltLoading: "2", meanVehicleWeight: "2.177243376", wetDays: "70" }] };
const removal = pavedRoadDustRemoval({ before: "2", after: "1" });

const city = (arterials: Scenario["baseline"][number], sweeping: Scenario["measures"][number]): Scenario => ({
  name: "road sweeping per km of road", years: { start: 2026, end: 2026 }, species: ["PM10"], metrics: [],
  baseline: [arterials], measures: [sweeping], factors: roadDust, onMissingFactor: "omit",
});

const byLevel = { id: "arterials", sector: "1.A.3.b.vii", fuel: "none", technology: "paved arterial roads", unit: "vkm", level: { kind: "constant" as const, value: "5e9" } };
// 1,000 km of arterial road, each carrying 5,000,000 vehicle-km a year (illustrative): 5e9 vkm
const { level: _level, ...road } = byLevel;
const byLengthRow = { ...road, stock: { unit: "km", level: { kind: "constant" as const, value: "1000" } }, intensity: { value: "5000000", unit: "vkm/km" } };

describe("a stock of road length (km of road)", () => {
  it("gives the road's vehicle-km as km x vkm/km, exactly what the same level given directly gives", () => {
    const sweepShare = { id: "sweep", kind: "dustControl" as const, target: { activityIds: ["arterials"] }, penetration: { kind: "constant" as const, value: "0.6" }, removal };
    const direct = evaluateScenario(compileScenario(city(byLevel, sweepShare)));
    const perKm = evaluateScenario(compileScenario(city(byLengthRow, sweepShare)));
    expect(perKm.emissions).toEqual(direct.emissions);
    expect(perKm.stocks[0]).toMatchObject({ stock: "1000", stockUnit: "km", intensity: "5000000", intensityUnit: "vkm/km", level: "5000000000" });
  });

  it("lets a road-sweeping programme be stated in km of road swept: 600 of 1,000 km is the 0.6 penetration", () => {
    const sweepKm = { id: "sweep", kind: "dustControl" as const, target: { activityIds: ["arterials"] }, units: { unit: "km", level: { kind: "constant" as const, value: "600" } }, removal };
    const r = evaluateScenario(compileScenario(city(byLengthRow, sweepKm)));
    // 13,544.9 t x 0.6 x 0.467815 = 3,801.9044361 t (test/scenario/dustProgramme.test.ts)
    expect(Number(r.emissions[0]!.reduction)).toBeCloseTo(3801.9044361, 6);
  });

  it("converts m of road swept into the stock's km exactly, and refuses km swept on a stock of vehicles", () => {
    const sweepM = { id: "sweep", kind: "dustControl" as const, target: { activityIds: ["arterials"] }, units: { unit: "m", level: { kind: "constant" as const, value: "600000" } }, removal };
    expect(Number(evaluateScenario(compileScenario(city(byLengthRow, sweepM))).emissions[0]!.reduction)).toBeCloseTo(3801.9044361, 6);
    const perVehicle = { ...byLengthRow, stock: { unit: "vehicle", level: { kind: "constant" as const, value: "1000" } }, intensity: { value: "5000000", unit: "vkm/km" } };
    const e = thrown(() => compileScenario(city(perVehicle, sweepM)), InvalidInputError);
    expect(e.issues[0]!.message).toContain("the intensity is per km but the stock is counted in vehicle");
  });
});

describe("a stock of machines", () => {
  // Construction machinery (1.A.2.g.vii), EMEP/EEA 2019 1.A.4 non-road mobile machinery Tier 2 rows as built in.
  const excavators = { id: "excavators", sector: "1.A.2.g.vii", fuel: "gasDieselOil", technology: "Diesel - Stage I", unit: "t", stock: { unit: "machine", level: { kind: "constant" as const, value: "2000" } }, intensity: { value: "10", unit: "t/machine" } };
  const scenario = (measure: Scenario["measures"][number]): Scenario => ({ name: "machines", years: { start: 2020, end: 2020 }, species: ["PM2.5"], metrics: [], baseline: [excavators], measures: [measure], onMissingFactor: "omit" });
  const upgrade = { id: "engines", kind: "standardUpgrade" as const, target: { activityIds: ["excavators"] }, to: { technology: "Diesel - Stage IV" } };

  it("counts a programme in machines: 522 of 2,000 machines is the penetration 0.261", () => {
    const inMachines = evaluateScenario(compileScenario(scenario({ ...upgrade, units: { unit: "machine", level: { kind: "constant", value: "522" } } })));
    const asShare = evaluateScenario(compileScenario(scenario({ ...upgrade, penetration: { kind: "constant", value: "0.261" } })));
    expect(inMachines.emissions.map((e) => e.reduction)).toEqual(asShare.emissions.map((e) => e.reduction));
    expect(Number(inMachines.emissions[0]!.reduction)).toBeGreaterThan(0);
  });
});
