import { describe, expect, it } from "vitest";
import { InvalidInputError, InvalidMeasureError, MeasuredReductionError, StockUnitsError, coBenefitSummary, compileScenario, evaluateScenario, evaluateScenarioFast, factorProvenance, factorProvenanceToCsv, type Scenario } from "../../src/index.js";
import { perUnitTableToCsv } from "../../src/report.js";
import { formatResultTable } from "../../src/report.js";
import { thrown } from "../fixtures/thrown.js";

// Heavy diesel trucks 16-32 t, Euro III: NOx 6.27 g/km (EMEP/EEA 2019 1.A.3.b.i-iv Tier 2,
// Table 3-21, the built-in row). At 40,000 km per truck and year one truck emits
// 40,000 x 6.27 g = 250.8 kg NOx per year.
const trucks = (intensity: Scenario["baseline"][number]["intensity"] = { value: "40000", unit: "vkm/vehicle" }): Scenario["baseline"][number] => ({
  id: "heavy-trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm",
  stock: { unit: "vehicle", level: { kind: "constant", value: "8000" } }, intensity,
});

const SOURCE = "Field test of the PM-NOx devices (illustrative), Table 3";
const devices = (kgPerVehicle: string, extra: object = {}) => ({
  id: "pm-nox-devices", kind: "measuredReduction" as const, target: { activityIds: ["heavy-trucks"] }, source: SOURCE,
  units: { unit: "vehicle", level: { kind: "step" as const, steps: [{ year: 2020, value: "0" }, { year: 2021, value: "77" }] } },
  reductionPerUnit: { NOx: { value: kgPerVehicle, unit: "kg/vehicle" } }, ...extra,
}) as Scenario["measures"][number];

const scenario = (measures: Scenario["measures"], baseline = [trucks()]): Scenario => ({ name: "Seoul PM-NOx devices", years: { start: 2020, end: 2021 }, species: ["NOx", "PM2.5"], metrics: [], baseline, measures });

describe("measuredReduction", () => {
  it("cuts exactly the measured figure per unit fitted: 77 devices x 100 kg NOx = 7.7 t NOx per year", () => {
    const plan = compileScenario(scenario([devices("100")]));
    // f = 1 - 0.1 t / 0.2508 t on the treated share; PM2.5 is not listed, so unchanged
    expect(plan.lineages[0]!.templates[0]!.modifiers[0]!.factors[1]!.toString()).toBe("1");
    const result = evaluateScenario(plan);
    const nox = result.attribution.find((a) => a.year === 2021 && a.species === "NOx")!;
    expect(nox.standalone).toBe("7.7");
    expect(nox.basis).toBe("user-measured");
    expect(result.attribution.find((a) => a.year === 2021 && a.species === "PM2.5")!.standalone).toBe("0");
    expect(result.perUnit.find((p) => p.year === 2021 && p.species === "NOx")).toMatchObject({ basis: "user-measured", source: SOURCE, units: "77", standalonePerUnit: "0.1", perUnitUnit: "t/vehicle" });
  });

  it("is labelled user-measured in the per-unit CSV, the text table and the provenance table", () => {
    const plan = compileScenario(scenario([devices("100")]));
    const result = evaluateScenario(plan);
    expect(perUnitTableToCsv(result.perUnit)).toContain(`2021,pm-nox-devices,user-measured,"${SOURCE}",NOx,77,8000,vehicle,7.7,7.7,0.1,0.1,t/vehicle`);
    const text = formatResultTable(result, coBenefitSummary(result, plan.scenario));
    expect(text).toContain("pm-nox-devices [user-measured]");
    expect(text).toContain(`pm-nox-devices: user-measured, not from the emission factors; source: ${SOURCE}`);
    const provenance = factorProvenance(plan).filter((r) => r.layer === "user-measured");
    expect(provenance).toEqual([expect.objectContaining({ activityId: "heavy-trucks", createdBy: "pm-nox-devices", species: "NOx", value: "100", unit: "kg/vehicle", citation: SOURCE })]);
    expect(factorProvenanceToCsv(provenance)).toContain("user-measured");
  });

  it("agrees between the exact and the fast kernels", () => {
    const other = { id: "dpf", kind: "dpfRetrofit" as const, target: { activityIds: ["heavy-trucks"] }, penetration: { kind: "constant" as const, value: "0.3" }, removal: { "PM2.5": "0.9" } };
    const plan = compileScenario(scenario([devices("100"), other]));
    const exact = evaluateScenario(plan);
    const fast = evaluateScenarioFast(plan);
    exact.perUnit.forEach((r, i) => {
      const f = fast.perUnit[i]!;
      expect([f.measure, f.species, f.basis]).toEqual([r.measure, r.species, r.basis]);
      expect(fast.attribution[i]!.basis).toBe(exact.attribution[i]!.basis);
      if (r.shapleyPerUnit === null) expect(f.shapleyPerUnit).toBeNull();
      else expect(Math.abs(f.shapleyPerUnit! - Number(r.shapleyPerUnit))).toBeLessThanOrEqual(1e-9 * Math.abs(Number(r.shapleyPerUnit)) + 1e-300);
    });
  });

  it("refuses a cut larger than what one truck emits by the factors, giving both figures", () => {
    const e = thrown(() => compileScenario(scenario([devices("500")])), InvalidMeasureError);
    expect(e.code).toBe("REDUCTION_EXCEEDS_EMISSION");
    expect(e.path).toEqual(["measures", 0, "reductionPerUnit", "NOx"]);
    const cause = e.cause as MeasuredReductionError;
    expect(cause).toBeInstanceOf(MeasuredReductionError);
    expect([cause.reduction, cause.emission]).toEqual(["0.5", "0.2508"]);
    expect(e.message).toContain("more than the 0.2508 t one vehicle of activity heavy-trucks emits");
  });

  it("needs its source, and units rather than a penetration", () => {
    const { source: _s, ...unsourced } = devices("100") as Record<string, unknown>;
    expect(thrown(() => compileScenario(scenario([unsourced as never])), InvalidInputError).issues.map((i) => i.path)).toEqual([["measures", 0, "source"]]);
    const { units: _u, ...byPenetration } = devices("100", { penetration: { kind: "constant", value: "0.01" } }) as Record<string, unknown>;
    expect(thrown(() => compileScenario(scenario([byPenetration as never])), InvalidInputError).issues.map((i) => i.path)).toEqual([["measures", 0, "penetration"]]);
  });

  it("refuses a target without stock, and an intensity that changes over the years", () => {
    const { stock: _s, intensity: _i, ...levelRow } = trucks();
    expect(thrown(() => compileScenario(scenario([devices("100")], [{ ...levelRow, level: { kind: "constant", value: "3.2e8" } }])), StockUnitsError).code).toBe("NO_STOCK");
    const changing = trucks({ unit: "vkm/vehicle", level: { kind: "interp", points: [{ year: 2020, value: "40000" }, { year: 2021, value: "30000" }] } });
    expect(thrown(() => compileScenario(scenario([devices("100")], [changing])), InvalidMeasureError).code).toBe("NO_EMISSION_PER_UNIT");
  });
});
