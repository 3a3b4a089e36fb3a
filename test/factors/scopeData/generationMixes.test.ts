import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AGGREGATE_GENERATION_TECHNOLOGIES, type GenerationMix, UnknownScopeDataError, builtinCitationRegistry, generationMixSchema, generationShares,
  listGenerationMixes, lookupGenerationMix,
} from "../../../src/index.js";
import { Dec } from "../../../src/units/decimal.js";
import { thrown } from "../../fixtures/thrown.js";

const mixes = listGenerationMixes();
const component = (mix: GenerationMix, technology: string) => mix.components.find((c) => c.technology === technology)?.value;

describe("the built-in generation mixes", () => {
  it("all pass the generation mix schema, with unique ids", () => {
    expect(mixes.filter((m) => !generationMixSchema.safeParse(m).success).map((m) => m.id)).toEqual([]);
    expect(new Set(mixes.map((m) => m.id)).size).toBe(mixes.length);
  });

  it("cover Japan, China, South Korea and Mongolia, each citing a publication of the registry", () => {
    expect(mixes.map((m) => m.country)).toEqual(["JP", "CN", "KR", "MN"]);
    const registry = builtinCitationRegistry().byId;
    expect(mixes.filter((m) => !registry.has(m.source.id)).map((m) => m.id)).toEqual([]);
  });

  it("sum exactly to 100% or to their published total, with any residual an explicit, derived `other`", () => {
    for (const m of mixes) {
      const sum = m.components.reduce((s, c) => s.plus(c.value), new Dec(0));
      expect(sum.eq(m.total ?? 100), m.id).toBe(true);
    }
    const residuals = mixes.flatMap((m) => m.components.filter((c) => c.derived === true).map((c) => [m.id, c.technology]));
    expect(residuals).toEqual([["mix.CN.2020.NBS", "other"], ["mix.KR.2020.KEPCO", "other"], ["mix.MN.2021.ERC", "other"]]);
  });

  it("were all read through another publication, and say so", () => {
    expect(mixes.map((m) => [m.quality, (m.via ?? "").length > 0])).toEqual(mixes.map(() => ["secondary", true]));
  });

  it("keep the published values: Japan FY2019, China 2020, Korea 2020, Mongolia 2021", () => {
    // Energy White Paper 2021 (ANRE), FY2019, as quoted by Nippon.com: coal 31.8%, LNG 37.1%, nuclear 6.2%
    const jp = lookupGenerationMix({ country: "JP", year: 2019 });
    expect([component(jp, "coal"), component(jp, "gas"), component(jp, "nuclear")]).toEqual(["31.8", "37.1", "6.2"]);
    expect(jp.yearKind).toBe("fiscal");
    // NBS communiqué 2020 via the China Energy Big Data Report 2021: 77790.6 x 10^8 kWh, thermal 53302.5, hydro 13552.1, nuclear 3662.5
    const cn = lookupGenerationMix({ country: "CN", year: 2020 });
    expect([cn.total, component(cn, "thermal"), component(cn, "hydro"), component(cn, "nuclear")]).toEqual(["77790.6", "53302.5", "13552.1", "3662.5"]);
    // the residual by hand: 77790.6 - 53302.5 - 13552.1 - 3662.5 = 7273.5
    expect(component(cn, "other")).toBe("7273.5");
    // KEPCO 2020 via KBS World Radio: coal 35.6%, nuclear 29%; residual 100 - 35.6 - 29 - 6.8 = 28.6
    const kr = lookupGenerationMix({ country: "KR", year: 2020 });
    expect([component(kr, "coal"), component(kr, "nuclear"), component(kr, "renewable"), component(kr, "other")]).toEqual(["35.6", "29", "6.8", "28.6"]);
    // ERC Mongolia 2021 via Mongolia Inc.: thermal 89.8%, renewables 9.1%; residual 1.1
    const mn = lookupGenerationMix({ country: "MN", year: 2021 });
    expect([component(mn, "thermal"), component(mn, "renewable"), component(mn, "other")]).toEqual(["89.8", "9.1", "1.1"]);
  });

  it("agree with the amounts their sources give alongside the shares (Japan FY2019)", () => {
    // Nippon.com quoting the Energy White Paper 2021: coal 326.2, oil 69.2, LNG 380.3, nuclear 63.8, hydro 79.6, new energy 105.7 billion kWh
    const amounts = ["326.2", "69.2", "380.3", "63.8", "79.6", "105.7"];
    const total = amounts.reduce((s, a) => s.plus(a), new Dec(0)); // 1024.8
    const jp = lookupGenerationMix({ id: "mix.JP.FY2019.ANRE" });
    expect(jp.components.map((_c, i) => new Dec(amounts[i]!).div(total).times(100).toDecimalPlaces(1).toString())).toEqual(jp.components.map((c) => new Dec(c.value).toString()));
  });

  it("say what every aggregate component covers", () => {
    const bare = mixes.flatMap((m) => m.components.filter((c) => AGGREGATE_GENERATION_TECHNOLOGIES.includes(c.technology) && c.includes === undefined).map((c) => `${m.id}:${c.technology}`));
    expect(bare).toEqual([]);
  });

  it("cannot be changed through the objects the API hands out", () => {
    expect(Object.isFrozen(mixes[0]!.components[0])).toBe(true);
  });
});

describe("generationMixSchema", () => {
  const base = lookupGenerationMix({ id: "mix.KR.2020.KEPCO" });

  it("refuses a mix whose residual is left implicit", () => {
    const r = generationMixSchema.safeParse({ ...base, components: base.components.filter((c) => c.technology !== "other") });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain("sum to exactly 100");
  });

  it("refuses a derived component that does not say what it is, a technology named twice, and amounts without a total", () => {
    const bad = [
      { ...base, components: base.components.map((c) => (c.derived === true ? { technology: c.technology, value: c.value, derived: true } : c)) },
      { ...base, components: [...base.components, { technology: "coal", value: "0" }] },
      { ...base, unit: "TWh" },
    ];
    expect(bad.map((m) => generationMixSchema.safeParse(m).success)).toEqual([false, false, false]);
  });

  it("refuses a secondary mix that does not name where it was read", () => {
    const { via: _via, ...rest } = base;
    expect(generationMixSchema.safeParse(rest).success).toBe(false);
  });
});

describe("generationShares", () => {
  it("gives each component over the total, as fractions of 1", () => {
    // China 2020, by hand: 53302.5, 13552.1, 3662.5, 7273.5 over 77790.6 = 0.6852049, 0.1742126, 0.0470815, 0.0935010;
    // rounded down to 6 places they sum to 0.999998, and the two missing units go to the largest remainders (thermal, hydro)
    const cn = generationShares(lookupGenerationMix({ id: "mix.CN.2020.NBS" }), 6);
    expect(cn.map((s) => s.technology)).toEqual(["thermal", "hydro", "nuclear", "other"]);
    expect(cn.map((s) => s.share)).toEqual(["0.685205", "0.174213", "0.047081", "0.093501"]);
    expect(generationShares(lookupGenerationMix({ id: "mix.JP.FY2019.ANRE" }), 3).map((s) => s.share)).toEqual(["0.318", "0.068", "0.371", "0.062", "0.078", "0.103"]);
  });

  it("returns shares that sum to exactly 1 for every built-in mix", () => {
    for (const m of mixes) expect(generationShares(m, 4).reduce((s, x) => s.plus(x.share), new Dec(0)).eq(1), m.id).toBe(true);
  });

  it("returns shares that sum to exactly 1 for any mix of amounts, at any number of places (property)", () => {
    const amounts = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 9 }).filter((a) => a.some((x) => x > 0));
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 12 }), (values, places) => {
        const techs = ["coal", "gas", "oil", "nuclear", "hydro", "wind", "solar", "biomass", "other"] as const;
        const components = values.map((v, i) => ({ technology: techs[i]!, value: (v / 10).toString() }));
        const total = components.reduce((s, c) => s.plus(c.value), new Dec(0)).toString();
        const mix = { ...lookupGenerationMix({ id: "mix.CN.2020.NBS" }), total, components };
        expect(generationMixSchema.safeParse(mix).success).toBe(true);
        const shares = generationShares(mix, places);
        expect(shares.reduce((s, x) => s.plus(x.share), new Dec(0)).eq(1)).toBe(true);
        // each share within one unit of the last place of its exact value
        for (const [i, s] of shares.entries()) expect(new Dec(s.share).minus(new Dec(components[i]!.value).div(total)).abs().lt(new Dec(10).pow(-places))).toBe(true);
      }),
    );
  });
});

describe("lookupGenerationMix", () => {
  it("finds a mix by id or by country and year", () => {
    expect(lookupGenerationMix({ id: "mix.MN.2021.ERC" }).country).toBe("MN");
    expect(lookupGenerationMix({ country: "JP", year: 2019 }).id).toBe("mix.JP.FY2019.ANRE");
  });

  it("names the mixes of the country when the year has none", () => {
    const e = thrown(() => lookupGenerationMix({ country: "KR", year: 2015 }), UnknownScopeDataError);
    expect(e.code).toBe("UNKNOWN_SCOPE_DATA");
    expect(e.key).toBe("KR 2015");
    expect(e.available).toEqual(["mix.KR.2020.KEPCO (KR national 2020)"]);
  });

  it("lists every mix for an unknown id", () => {
    const e = thrown(() => lookupGenerationMix({ id: "mix.CN.2015" }), UnknownScopeDataError);
    expect(e.available).toHaveLength(mixes.length);
    expect(e.message).toContain("mix.CN.2020.NBS");
  });
});
