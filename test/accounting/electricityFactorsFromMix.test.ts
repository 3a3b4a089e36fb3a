import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeEmissions, createFactorSet, electricityFactorsFromMix, type ElectricityMix } from "../../src/index.js";
import { AGGREGATE_GENERATION_TECHNOLOGIES, GENERATION_TECHNOLOGIES, MIX_TECHNOLOGIES } from "../../src/index.js";
import { InvalidInputError, UnknownFactorError } from "../../src/errors.js";
import { Dec } from "../../src/units/decimal.js";
import { CITY_CITATION } from "../fixtures/cityTable.js";

// Mixes, efficiencies and losses are illustrative user input (cited to an illustrative user
// citation); the fuel factors are the built-in EMEP/EEA 2019 1.A.1.a Tier 1 and IPCC 2006 rows.
const PLANTS = { ...CITY_CITATION, id: "TestCity-2024-grid", title: "Grid mix, plant efficiencies and losses (illustrative data for tests)" };
const factors = createFactorSet({ userCitations: [PLANTS] });
const cite = (table: string) => ({ id: PLANTS.id, table });
const SPECIES = ["NOx", "SO2", "PM2.5", "BC", "CO", "NMVOC", "CO2", "CH4", "N2O"] as const;

/** The built-in 1.A.1.a factor of a fuel per GJ [t/GJ], computed by the accounting layer. */
const perGJ = (fuel: string, species: (typeof SPECIES)[number]) =>
  new Dec(computeEmissions([{ id: "plant", sector: "1.A.1.a", fuel, activityLevel: { value: "1", unit: "GJ" } }], { factors, species: [species] }).rows[0]!.value);

describe("electricityFactorsFromMix", () => {
  it("a mix of one technology equals its fuel factor x 3.6 / efficiency / (1 - losses) (property)", () => {
    const fraction = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Dec(n).div(1000).toString());
    fc.assert(
      fc.property(fc.constantFrom(["coal", "otherBituminousCoal"], ["gas", "naturalGas"], ["oil", "residualFuelOil"]), fc.constantFrom(...SPECIES), fraction(1, 1000), fraction(0, 999), ([tech, fuel], species, efficiency, losses) => {
        const mix: ElectricityMix = { shares: { [tech]: "1" }, plants: { [tech]: { fuel, efficiency, efficiencySource: cite("efficiency") } }, losses, lossesSource: cite("losses") };
        const [f] = electricityFactorsFromMix(mix, [species], factors, ["mix"]);
        const expected = perGJ(fuel, species).times("3.6").div(efficiency).div(new Dec(1).minus(losses));
        expect(new Dec(f!.value).minus(expected).abs().lte(expected.times("1e-30"))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("weights technologies by their shares; wind, solar, hydro and nuclear add nothing at the plant", () => {
    // EMEP/EEA 2019 1.A.1.a Table 3-2 hard coal NOx 209 g/GJ; Table 3-4 gaseous fuels NOx 89 g/GJ:
    // (0.5 x 209 x 3.6 / 0.38 + 0.2 x 89 x 3.6 / 0.55) / (1 - 0.05) g/MWh
    const mix: ElectricityMix = {
      shares: { coal: "0.5", gas: "0.2", nuclear: "0.1", hydro: "0.1", wind: "0.05", solar: "0.05" },
      plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.38", efficiencySource: cite("efficiency") }, gas: { fuel: "naturalGas", efficiency: "0.55", efficiencySource: cite("efficiency") } },
      losses: "0.05", lossesSource: cite("losses"),
    };
    const [nox] = electricityFactorsFromMix(mix, ["NOx"], factors, ["mix"]);
    const expected = new Dec("0.5").times(209).times("3.6").div("0.38").plus(new Dec("0.2").times(89).times("3.6").div("0.55")).div("0.95").div(1e6);
    expect(nox!.value).toBe(expected.toString());
    expect(nox!.contributions.filter((c) => c.rule === "no combustion at the plant").map((c) => [c.technology, c.perMWhGenerated])).toEqual([["nuclear", "0"], ["hydro", "0"], ["wind", "0"], ["solar", "0"]]);
    expect(nox!.contributions[0]!.factors.map((u) => u.rowId)).toEqual(["emep2019.1A1a.T3-2.hardCoal.NOx"]);
  });

  it("applies the plants' removal efficiencies, and takes a factor override (g/GJ) as the controlled emission", () => {
    const plain: ElectricityMix = { shares: { coal: "1" }, plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: cite("efficiency") } }, losses: "0", lossesSource: cite("losses") };
    const controlled: ElectricityMix = { ...plain, plants: { coal: { ...plain.plants.coal!, removal: { SO2: "0.95" }, removalSource: cite("FGD"), factorOverrides: { NOx: { value: "40", unit: "g/GJ", source: cite("limit") } } } } };
    const [so2, nox] = electricityFactorsFromMix(controlled, ["SO2", "NOx"], factors, ["mix"]);
    // SO2: 820 g/GJ (Table 3-2) x 3.6 / 0.4 x (1 - 0.95) = 369 g/MWh; NOx: 40 g/GJ x 3.6 / 0.4 = 360 g/MWh
    expect([so2!.value, nox!.value]).toEqual(["0.000369", "0.00036"]);
    expect(nox!.contributions[0]!.factors.map((u) => [u.rowId, u.quality])).toEqual([["plants.coal.factorOverrides.NOx", "userSupplied"]]);
  });

  it("biomass plants emit no fossil CO2 (by rule)", () => {
    const mix: ElectricityMix = { shares: { biomass: "1" }, plants: { biomass: { fuel: "wood", efficiency: "0.3", efficiencySource: cite("efficiency") } }, losses: "0.05", lossesSource: cite("losses") };
    const [co2] = electricityFactorsFromMix(mix, ["CO2"], factors, ["mix"]);
    expect(co2!.value).toBe("0");
    expect(co2!.contributions[0]!.rule).toMatch(/fossil CO2 is zero for a biogenic fuel/);
  });

  it("refuses every problem of a mix at once, with its path", () => {
    const bad = {
      shares: { coal: "0.7", wind: "0.2", other: "0.2" },
      plants: { coal: { fuel: "otherBituminousCoal", efficiency: "1.2", efficiencySource: cite("efficiency"), removal: { SO2: "0.9" } }, wind: { fuel: "none", efficiency: "1", efficiencySource: cite("x") } },
      losses: "1", lossesSource: cite("losses"),
    } as unknown as ElectricityMix;
    try {
      electricityFactorsFromMix(bad, ["SO2"], factors, ["grid", "mix"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues.map((i) => i.path.join("."))).toEqual([
        "grid.mix.plants.coal.efficiency", "grid.mix.plants.coal.removalSource", "grid.mix.losses",
        "grid.mix.shares", "grid.mix.plants.other", "grid.mix.plants.wind",
      ]);
    }
  });

  it("refuses an unknown citation for the losses", () => {
    const mix: ElectricityMix = { shares: { wind: "1" }, plants: {}, losses: "0.05", lossesSource: { id: "TestCity-2024-gird", table: "T1" } };
    expect(() => electricityFactorsFromMix(mix, ["CO2"], factors, ["mix"])).toThrow(/TestCity-2024-grid/);
  });

  it("names the technology and the species when a plant's fuel has no factor", () => {
    const mix: ElectricityMix = { shares: { coal: "1" }, plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: cite("efficiency") } }, losses: "0", lossesSource: cite("losses") };
    try {
      electricityFactorsFromMix(mix, ["NH3"], factors, ["grid", "mix"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownFactorError);
      expect((e as UnknownFactorError).path).toEqual(["grid", "mix", "plants", "coal", "fuel"]);
      expect((e as UnknownFactorError).message).toMatch(/coal plants: no 1.A.1.a NH3 factor/);
    }
  });

  it("locates an unknown plant fuel at the plants' fuel, with the nearest fuel ids", () => {
    const mix: ElectricityMix = { shares: { coal: "1" }, plants: { coal: { fuel: "otherBituminusCoal", efficiency: "0.4", efficiencySource: cite("efficiency") } }, losses: "0", lossesSource: cite("losses") };
    try {
      electricityFactorsFromMix(mix, ["SO2"], factors, ["grid", "mix"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      const [issue] = (e as InvalidInputError).issues;
      expect(issue!.path).toEqual(["grid", "mix", "plants", "coal", "fuel"]);
      expect(issue!.message).toMatch(/otherBituminousCoal/);
    }
  });
});

describe("the technologies a mix is priced in", () => {
  it("are the published mixes' technologies without the aggregates thermal and renewable, which must be split first (other is priced through the fuel its plants name)", () => {
    const unsplit: readonly string[] = AGGREGATE_GENERATION_TECHNOLOGIES.filter((t) => t !== "other");
    expect(unsplit).toEqual(["thermal", "renewable"]);
    expect([...MIX_TECHNOLOGIES].sort()).toEqual(GENERATION_TECHNOLOGIES.filter((t) => !unsplit.includes(t)).sort());
  });
});
