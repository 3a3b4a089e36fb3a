import { describe, expect, it } from "vitest";
import {
  InvalidInputError, UnknownScopeDataError, builtinCitationRegistry, efficiencyFromCoalRate, listPlantEfficiencies, listPlantEmissionLimits,
  lookupPlantEmissionLimit, plantEfficiencyRowSchema, plantEmissionLimitSchema,
} from "../../../src/index.js";
import { Dec } from "../../../src/units/decimal.js";
import { thrown } from "../../fixtures/thrown.js";

const registry = builtinCitationRegistry().byId;

describe("the built-in plant efficiencies", () => {
  const rows = listPlantEfficiencies();

  it("all pass their schema, cite the registry and name where they were read", () => {
    expect(rows.filter((r) => !plantEfficiencyRowSchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => !registry.has(r.source.id)).map((r) => r.id)).toEqual([]);
    expect(rows.every((r) => r.quality === "secondary" && (r.via ?? "").length > 0)).toBe(true);
  });

  it("keep China's national coal consumption rates as the NDRC gives them: 370 (2005) and 305.5 (2020) gce/kWh", () => {
    // NDRC/NEA 2021 coal power upgrading plan, via Reuters (2 Nov 2021)
    expect(rows.map((r) => [r.country, r.year, r.value, r.unit])).toEqual([["CN", 2005, "370", "gce/kWh"], ["CN", 2020, "305.5", "gce/kWh"]]);
    expect(rows.every((r) => r.basis === "notConfirmed")).toBe(true);
  });

  it("refuse a rate given in %, or an efficiency above 100%", () => {
    const r = rows[1]!;
    expect(plantEfficiencyRowSchema.safeParse({ ...r, unit: "%" }).success).toBe(false);
    expect(plantEfficiencyRowSchema.safeParse({ ...r, quantity: "efficiency", unit: "%", value: "101" }).success).toBe(false);
  });
});

describe("efficiencyFromCoalRate", () => {
  it("is 3600 / (rate x energy): 300 gce/kWh at 30 MJ/kg is 0.4", () => {
    expect(efficiencyFromCoalRate("300", "30")).toBe("0.4");
  });

  it("gives about 40.2% for China's 2020 rate with a standard coal of 7000 kcal (29.3076 MJ) per kg", () => {
    // by hand: 305.5 x 29.3076 = 8953.4718; 3600 / 8953.4718 = 0.402078...
    const rate = listPlantEfficiencies().find((r) => r.year === 2020)!.value;
    const e = new Dec(efficiencyFromCoalRate(rate, "29.3076"));
    expect(e.toSignificantDigits(6).toString()).toBe("0.402079");
    expect(e.times(rate).times("29.3076").minus(3600).abs().lt("1e-30")).toBe(true);
  });

  it("refuses arguments that are not positive decimals, and a result above 1", () => {
    expect(thrown(() => efficiencyFromCoalRate("0", "x"), InvalidInputError).issues.map((i) => i.path[0])).toEqual(["rate", "coalEquivalentEnergy"]);
    expect(thrown(() => efficiencyFromCoalRate("0.3055", "29.3076"), InvalidInputError).message).toContain("above 1");
  });
});

describe("the built-in plant emission limits", () => {
  const limits = listPlantEmissionLimits();

  it("all pass their schema and cite the registry", () => {
    expect(limits.filter((l) => !plantEmissionLimitSchema.safeParse(l).success).map((l) => l.id)).toEqual([]);
    expect(limits.filter((l) => !registry.has(l.source.id)).map((l) => l.id)).toEqual([]);
  });

  it("are China's ultra-low emission concentrations, 10 / 35 / 50 mg/Nm3 at 6% O2", () => {
    // NDRC, MEP, NEA 2014 action plan, via Guangdong Science & Technology 2019(1) 69-73 (abstract)
    expect(limits.map((l) => [l.pollutant, l.value, l.unit, l.referenceO2])).toEqual([
      ["TSP", "10", "mg/Nm3", "6"],
      ["SO2", "35", "mg/Nm3", "6"],
      ["NOx", "50", "mg/Nm3", "6"],
    ]);
  });

  it("do not assert dry flue gas, which the source as read does not say (review of issue 11, LOW 6)", () => {
    // the abstract read gives mg/m3 at 6% O2 only; the note keeps what was not confirmed
    expect(limits.map((l) => l.dryGas)).toEqual(["notConfirmed", "notConfirmed", "notConfirmed"]);
    expect(limits.every((l) => l.note?.includes("was not confirmed in the source as read"))).toBe(true);
    expect(plantEmissionLimitSchema.safeParse({ ...limits[1]!, dryGas: true }).success).toBe(true);
    expect(plantEmissionLimitSchema.safeParse({ ...limits[1]!, dryGas: false }).success).toBe(false);
  });

  it("are found by id or by country, instrument and pollutant", () => {
    expect(lookupPlantEmissionLimit({ country: "CN", instrument: "ultra-low emission (超低排放)", pollutant: "NOx" }).value).toBe("50");
    const e = thrown(() => lookupPlantEmissionLimit({ country: "KR", instrument: "Clean Air Conservation Act", pollutant: "SO2" }), UnknownScopeDataError);
    expect(e.available).toHaveLength(limits.length);
  });

  it("refuse a limit per m3 of a volume that is not normal gas, and a reference O2 of 21% or more", () => {
    const l = limits[1]!;
    expect(plantEmissionLimitSchema.safeParse({ ...l, unit: "mg/GJ" }).success).toBe(false);
    expect(plantEmissionLimitSchema.safeParse({ ...l, referenceO2: "21" }).success).toBe(false);
  });
});
