import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, type LimitToFactorInput, UnitError, limitToFactor, lookupPlantEmissionLimit } from "../../../src/index.js";
import { Dec } from "../../../src/units/decimal.js";
import { thrown } from "../../fixtures/thrown.js";

// The flue-gas volumes below are illustrative numbers chosen for hand arithmetic, not published
// volumes: no specific flue-gas volume table was reached (docs/scopes.md, "Data of the indirect and upstream scopes").
const at = (over: Partial<LimitToFactorInput> = {}): LimitToFactorInput => ({
  concentration: { value: "35", unit: "mg/Nm3" },
  referenceO2: "6",
  flueGasVolume: { value: "350", unit: "Nm3/GJ" },
  flueGasVolumeO2: "6",
  airO2: "21",
  ...over,
});

describe("limitToFactor", () => {
  it("multiplies the concentration by a volume given at the reference O2: 35 mg/Nm3 x 350 Nm3/GJ = 12.25 g/GJ", () => {
    expect(limitToFactor(at())).toEqual({ value: "12.25", unit: "g/GJ" });
  });

  it("refers a stoichiometric volume to the reference O2: 250 Nm3/GJ at 0% is 250 x 21/15 = 350 Nm3/GJ at 6%", () => {
    expect(limitToFactor(at({ flueGasVolume: { value: "250", unit: "Nm3/GJ" }, flueGasVolumeO2: "0" }))).toEqual({ value: "12.25", unit: "g/GJ" });
  });

  it("refers a volume given at 3% O2 to a 6% limit: 300 x (21-3)/(21-6) = 360 Nm3/GJ, 10 mg/Nm3 -> 3.6 g/GJ", () => {
    expect(limitToFactor(at({ concentration: { value: "10", unit: "mg/Nm3" }, flueGasVolume: { value: "300", unit: "Nm3/GJ" }, flueGasVolumeO2: "3" })).value).toBe("3.6");
  });

  it("uses the O2 of air the caller names: with 20.9%, 250 x 20.9/14.9 Nm3/GJ", () => {
    const v = new Dec(limitToFactor(at({ flueGasVolume: { value: "250", unit: "Nm3/GJ" }, flueGasVolumeO2: "0", airO2: "20.9" })).value);
    // 35 x 250 x 20.9 / (14.9 x 1000) = 12.2734899...
    expect(v.toSignificantDigits(9).toString()).toBe("12.2734899");
  });

  it("converts units exactly: 0.035 g/Nm3 with 0.35 Nm3/MJ is the same 12.25 g/GJ", () => {
    expect(limitToFactor(at({ concentration: { value: "0.035", unit: "g/Nm3" }, flueGasVolume: { value: "0.35", unit: "Nm3/MJ" } })).value).toBe("12.25");
  });

  it("turns China's ultra-low SO2 limit into a factor with the caller's volume", () => {
    // ultra-low SO2: 35 mg/Nm3 at 6% O2 (NDRC/MEP/NEA 2014 action plan, via Guangdong Science & Technology 2019)
    const limit = lookupPlantEmissionLimit({ id: "limit.CN.ultra-low.coal.SO2" });
    const ef = limitToFactor(at({ concentration: { value: limit.value, unit: limit.unit }, referenceO2: limit.referenceO2 }));
    expect(ef).toEqual({ value: "12.25", unit: "g/GJ" });
  });

  it("is exact when the O2 ratio does not terminate, to 40 significant digits", () => {
    // 1 mg/Nm3 x 1 Nm3/GJ x 21 / 18 / 1000 = 0.0011666... g/GJ
    const v = limitToFactor(at({ concentration: { value: "1", unit: "mg/Nm3" }, flueGasVolume: { value: "1", unit: "Nm3/GJ" }, flueGasVolumeO2: "0", referenceO2: "3" })).value;
    expect(v).toBe(new Dec(21).div(18000).toString());
    expect(v.replace(/^0\.00/, "").length).toBe(40);
  });

  it("refuses a unit of the wrong dimension, a negative concentration and an O2 content at or above that of air, all at once", () => {
    const e = thrown(() => limitToFactor(at({ concentration: { value: "-1", unit: "mg/m3" }, referenceO2: "21" })), InvalidInputError);
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["concentration.unit", "concentration.value", "referenceO2"]);
  });

  it("refuses a value that is not a decimal, and a unit that does not parse", () => {
    expect(thrown(() => limitToFactor(at({ referenceO2: "six" })), InvalidInputError).issues[0]?.path).toEqual(["referenceO2"]);
    expect(thrown(() => limitToFactor(at({ flueGasVolume: { value: "350", unit: "Nm3/GJJ" } })), UnitError).path).toEqual(["flueGasVolume", "unit"]);
  });

  it("does not change its input", () => {
    const input = at();
    const copy = structuredClone(input);
    limitToFactor(input);
    expect(input).toEqual(copy);
  });
});

describe("limitToFactor, properties", () => {
  const o2 = fc.integer({ min: 0, max: 200 }).map((x) => (x / 10).toString()); // 0 to 20 %
  const positive = fc.integer({ min: 1, max: 100_000 }).map((x) => (x / 10).toString());

  it("is C x V / 1000 when the volume is given at the reference O2", () => {
    fc.assert(
      fc.property(positive, positive, o2, (c, v, ref) => {
        const ef = limitToFactor(at({ concentration: { value: c, unit: "mg/Nm3" }, flueGasVolume: { value: v, unit: "Nm3/GJ" }, flueGasVolumeO2: ref, referenceO2: ref }));
        expect(new Dec(ef.value).eq(new Dec(c).times(v).div(1000))).toBe(true);
      }),
    );
  });

  it("gives a larger factor for a higher reference O2 (more dilution allowed), for the same limit and fuel", () => {
    fc.assert(
      fc.property(positive, positive, o2, o2, (c, v, a, b) => {
        fc.pre(a !== b);
        const [lo, hi] = new Dec(a).lt(b) ? [a, b] : [b, a];
        const f = (ref: string) => new Dec(limitToFactor(at({ concentration: { value: c, unit: "mg/Nm3" }, flueGasVolume: { value: v, unit: "Nm3/GJ" }, flueGasVolumeO2: "0", referenceO2: ref })).value);
        expect(f(hi).gt(f(lo))).toBe(true);
      }),
    );
  });
});
