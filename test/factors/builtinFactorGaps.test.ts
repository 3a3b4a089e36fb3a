import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILTIN_FACTOR_GAPS, BUILTIN_FACTOR_TABLES, SECTORS, SPECIES, UnknownFactorError, builtinFactorGapsFor, createFactorSet, getSectorName, lookupFactor, sectorWithin } from "../../src/index.js";

const dataSources = readFileSync(join(__dirname, "..", "..", "docs", "data-sources.md"), "utf8");

describe("the documented gaps of the built-in factor tables", () => {
  it("name known sector codes and a note of docs/data-sources.md that tells more", () => {
    for (const gap of BUILTIN_FACTOR_GAPS) {
      for (const s of gap.sectors) expect(() => getSectorName(s)).not.toThrow();
      expect(dataSources).toContain(`${gap.docs}:`);
    }
  });

  it("are true: no built-in row of a gap's species sits in a gap's sectors but on a technology the gap names as built in, so a table that fills one must also narrow it", () => {
    for (const gap of BUILTIN_FACTOR_GAPS) {
      const filling = BUILTIN_FACTOR_TABLES.flatMap((t) => t.rows).filter(
        (r) => gap.species.includes(r.pollutant) && gap.sectors.some((s) => sectorWithin(r.sector, s)),
      );
      const exempt = gap.builtInTechnologies ?? [];
      expect(filling.filter((r) => r.technology === undefined || !exempt.includes(r.technology)).map((r) => r.id)).toEqual([]);
      // and every technology named as built in has its row
      for (const t of exempt) expect(filling.some((r) => r.technology === t), t).toBe(true);
    }
  });

  it("do not tell a query for a technology with a built-in BC share that its BC is not built in", () => {
    // the Euro III diesel bus has a BC share row (EMEP/EEA 2016 road chapter via one transcription); Euro IV has none
    expect(builtinFactorGapsFor({ sector: "1.A.3.b.iii", species: "BC", technology: "Urban Buses Standard - Euro III - 2000" })).toEqual([]);
    expect(builtinFactorGapsFor({ sector: "1.A.3.b.iii", species: "BC", technology: "Urban Buses Standard - Euro IV - 2005" }).map((g) => g.species)).toEqual([["BC"]]);
    expect(builtinFactorGapsFor({ sector: "1.A.3.b.iii", species: "OC", technology: "Urban Buses Standard - Euro III - 2000" }).map((g) => g.species)).toEqual([["OC"]]);
  });

  it("tell a heavy-duty BC query that road exhaust BC is not built in, and a residential one nothing", () => {
    expect(builtinFactorGapsFor({ sector: "1.A.3.b.iii", species: "BC" }).map((g) => g.docs)).toEqual(["Road BC and OC"]);
    expect(builtinFactorGapsFor({ sector: "1.A.3.b", species: "BC" }).map((g) => g.docs)).toEqual(["Road BC and OC", "Non-exhaust road PM (1.A.3.b.vi-vii)"]);
    expect(builtinFactorGapsFor({ sector: "1.A.3.b.i", species: "CH4" }).map((g) => g.species)).toEqual([["CH4"]]);
    expect(builtinFactorGapsFor({ sector: "1.A.4.b.i", species: "BC" })).toEqual([]);
    expect(builtinFactorGapsFor({ species: "NOx" })).toEqual([]);
  });

  it("match only gaps that cover the species asked for, and a query without species sees at least as many", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(SECTORS)), fc.constantFrom(...SPECIES), (sector, species) => {
        const narrow = builtinFactorGapsFor({ sector, species });
        for (const gap of narrow) expect(gap.species).toContain(species);
        const wide = builtinFactorGapsFor({ sector });
        for (const gap of narrow) expect(wide).toContain(gap);
      }),
    );
  });
});

describe("a lookup that reaches a documented gap", () => {
  it("says in its error that the factor is not built in, where to read why, and what to do instead", () => {
    let error: unknown;
    try {
      lookupFactor(createFactorSet(), { sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", pollutant: "BC" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownFactorError);
    const message = (error as UnknownFactorError).message;
    expect(message).toMatch(/not built in: road exhaust BC .*\(https:\/\/unpkg\.com\/cobenefits@[\d.]+\/docs\/data-sources\.md, "Road BC and OC"\); instead, add BC share rows/);
    expect((error as UnknownFactorError).summary).not.toMatch(/not built in/);
  });

  it("is not said of a species the built-in tables simply have no row for elsewhere", () => {
    // OC of residential gas is missing (the Tier 1 tables give no OC) but is no documented gap of road transport
    const lookup = () => lookupFactor(createFactorSet(), { sector: "1.A.4.b.i", fuel: "naturalGas", pollutant: "OC" });
    expect(lookup).toThrow(UnknownFactorError);
    expect(lookup).not.toThrow(/not built in/);
  });
});
