import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ActivityRow, FUELS, InvalidInputError, MissingFactorError, SECTORS, SPECIES, type Species,
  computeEmissions, createFactorSet, lookupFactor, lookupGridFactor, toDec,
} from "../../src/index.js";
import { computeInventory, createFactorIndex } from "../../src/inventory.js";

const set = createFactorSet();
const SPECIES4: Species[] = ["PM2.5", "SO2", "NOx", "CO2"];

// Keys (sector, fuel, unit) for which the built-in tables have every one of SPECIES4, found by
// asking computeEmissions itself, the library's per-row exact reference.
const POOL = ["1.A.4.b.i", "1.A.4.a.i", "1.A.2", "1.A.1.a", "1.A.4.c.i"].flatMap((sector) =>
  ["otherBituminousCoal", "lignite", "naturalGas", "gasDieselOil", "wood", "residualFuelOil"].flatMap((fuel) =>
    ["TJ", "t", "kt", "GJ"].flatMap((unit) => {
      try {
        computeEmissions([{ id: "x", sector, fuel, activityLevel: { value: "1", unit } }], { factors: set, species: SPECIES4 });
        return [{ sector, fuel, unit }];
      } catch {
        return [];
      }
    }),
  ),
);

const rowsArbitrary = fc.array(
  fc.record({ key: fc.integer({ min: 0, max: POOL.length - 1 }), amount: fc.integer({ min: 0, max: 10_000_000 }).map((n) => (n / 1000).toString()) }),
  { minLength: 1, maxLength: 40 },
);

const columnsOf = (rows: readonly { key: number; amount: string }[]) => ({
  sector: rows.map((r) => POOL[r.key]!.sector),
  fuel: rows.map((r) => POOL[r.key]!.fuel),
  amount: rows.map((r) => r.amount),
  unit: rows.map((r) => POOL[r.key]!.unit),
});

const exactBySpecies = (r: ReturnType<typeof computeInventory>) => Object.fromEntries(r.speciesTotals.map((t) => [t.species, t.exact!]));
const relative = (a: number | null, b: string) => a === null ? Number.POSITIVE_INFINITY : Math.abs(a - Number(b)) / Math.max(1e-300, Math.abs(Number(b)));

describe("computeInventory", () => {
  it("prices 1000 TJ of coal in commercial boilers at 108 g/GJ PM2.5 and 94,600 kg/TJ CO2 (EMEP/EEA 2019 Table 3-7, IPCC 2006 Table 1.4)", () => {
    const r = computeInventory({ sector: ["1.A.4.a.i", "1.A.4.a.i"], fuel: ["otherBituminousCoal", "otherBituminousCoal"], amount: Float64Array.of(600, 400), unit: "TJ" }, { factors: set, species: ["PM2.5", "CO2"], exact: true });
    expect(r.totals.map((t) => [t.sector, t.species, t.scope, t.value, t.exact])).toEqual([["1.A.4.a.i", "PM2.5", "direct", 108, "108"], ["1.A.4.a.i", "CO2", "direct", 94600, "94600"]]);
    expect(r.provenance.map((p) => [p.factorRow, p.rows, p.citation.length > 20])).toEqual([["emep2019.1A4ai.T3-7.hardCoalAndBrownCoal.PM2.5", 2, true], ["ipcc2006.1A.T1.4.otherBituminousCoal.CO2", 2, true]]);
    expect([r.rows, r.keys]).toEqual([2, 1]);
  });

  it("gives computeEmissions' exact totals, row for row of random inventories, and fast totals within 1e-12 of them", () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const inv = computeInventory(columnsOf(rows), { factors: set, species: SPECIES4, exact: true });
        const activities: ActivityRow[] = rows.map((r, i) => ({ id: `a${i}`, sector: POOL[r.key]!.sector, fuel: POOL[r.key]!.fuel, activityLevel: { value: r.amount, unit: POOL[r.key]!.unit } }));
        const reference = computeEmissions(activities, { factors: set, species: SPECIES4 });
        for (const t of reference.totals) {
          const mine = inv.speciesTotals.find((s) => s.species === t.species && s.scope === t.scope)!;
          expect(toDec(mine.exact!).minus(t.value).abs().lte(toDec(t.value).abs().times("1e-30")), `${t.species}: ${mine.exact} vs ${t.value}`).toBe(true);
          expect(relative(mine.value, t.value)).toBeLessThanOrEqual(1e-12);
        }
        for (const t of inv.totals) expect(relative(t.value, t.exact!)).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 40 },
    );
  });

  it("gives the same totals for the rows in any order (exactly, and within 1e-12 in float64)", () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.integer(), (rows, seed) => {
        const shuffled = [...rows].map((r, i) => ({ r, k: Math.imul(i + 1, seed | 1) >>> 0 })).sort((a, b) => a.k - b.k).map((x) => x.r);
        const a = computeInventory(columnsOf(rows), { factors: set, species: SPECIES4, exact: true });
        const b = computeInventory(columnsOf(shuffled), { factors: set, species: SPECIES4, exact: true });
        expect(exactBySpecies(b)).toEqual(exactBySpecies(a));
        a.totals.forEach((t, i) => expect(relative(b.totals[i]!.value, String(t.value!))).toBeLessThanOrEqual(1e-12));
      }),
      { numRuns: 30 },
    );
  });

  it("is linear: doubling every amount doubles every total", () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const a = computeInventory(columnsOf(rows), { factors: set, species: SPECIES4, exact: true });
        const b = computeInventory(columnsOf(rows.map((r) => ({ ...r, amount: toDec(r.amount).times(2).toString() }))), { factors: set, species: SPECIES4, exact: true });
        b.totals.forEach((t, i) => expect(t.exact).toBe(toDec(a.totals[i]!.exact!).times(2).toString()));
      }),
      { numRuns: 30 },
    );
  });

  it("conserves mass: the sectors of a species add up to its total", () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const r = computeInventory(columnsOf(rows), { factors: set, species: SPECIES4, exact: true });
        for (const s of r.speciesTotals) {
          const parts = r.totals.filter((t) => t.species === s.species && t.scope === s.scope);
          expect(parts.reduce((acc, t) => acc.plus(t.exact!), toDec(0)).toString()).toBe(s.exact);
          expect(relative(parts.reduce((acc, t) => acc + t.value!, 0), s.exact!)).toBeLessThanOrEqual(1e-12);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("uses a row's own NCV where given, else the table's, as computeEmissions does", () => {
    const ncv = Float64Array.of(20, Number.NaN, 25.5);
    const r = computeInventory(
      { sector: ["1.A.4.b.i", "1.A.4.b.i", "1.A.4.b.i"], fuel: ["lignite", "lignite", "lignite"], amount: [1000, 500, 200], unit: "t", ncv: { value: ncv, unit: "GJ/t" } },
      { factors: set, species: ["PM2.5", "CO2"], exact: true },
    );
    const reference = computeEmissions(
      [
        { id: "a", sector: "1.A.4.b.i", fuel: "lignite", activityLevel: { value: "1000", unit: "t" }, netCalorificValue: { value: "20", unit: "GJ/t" } },
        { id: "b", sector: "1.A.4.b.i", fuel: "lignite", activityLevel: { value: "500", unit: "t" } },
        { id: "c", sector: "1.A.4.b.i", fuel: "lignite", activityLevel: { value: "200", unit: "t" }, netCalorificValue: { value: "25.5", unit: "GJ/t", outsideIpccRange: "a test value above the lignite range" } },
      ],
      { factors: set, species: ["PM2.5", "CO2"] },
    );
    expect(r.speciesTotals.map((t) => t.exact)).toEqual(reference.totals.map((t) => t.value));
    expect(r.provenance.find((p) => p.kind === "ncv")?.rows).toBe(1);
  });

  it("applies the rules: zero fossil CO2 for wood, BC as a share of PM2.5", () => {
    const r = computeInventory({ sector: ["1.A.4.b.i"], fuel: ["wood"], amount: ["1000"], unit: "TJ" }, { factors: set, species: ["PM2.5", "BC", "CO2"], exact: true });
    const ref = computeEmissions([{ id: "w", sector: "1.A.4.b.i", fuel: "wood", activityLevel: { value: "1000", unit: "TJ" } }], { factors: set, species: ["PM2.5", "BC", "CO2"] });
    expect(r.speciesTotals.map((t) => t.exact)).toEqual(ref.totals.map((t) => t.value));
    expect(r.rules.map((x) => x.species)).toEqual(["CO2"]);
  });

  it("prices electricity with the grid factor, indirect, as computeEmissions does, and refuses it in 1.A.1", () => {
    const gridFactor = lookupGridFactor({ id: "grid.CN.2022.MEE-NBS.national-average" });
    const r = computeInventory({ sector: ["1.A.4.a.i", "1.A.4.a.i"], fuel: ["electricity", "naturalGas"], amount: [1000, 10], unit: "MWh" }, { factors: set, species: ["CO2"], gridFactor, exact: true });
    const ref = computeEmissions(
      [{ id: "e", sector: "1.A.4.a.i", fuel: "electricity", activityLevel: { value: "1000", unit: "MWh" } }, { id: "g", sector: "1.A.4.a.i", fuel: "naturalGas", activityLevel: { value: "10", unit: "MWh" } }],
      { factors: set, species: ["CO2"], gridFactor },
    );
    expect(r.speciesTotals.map((t) => [t.scope, t.exact])).toEqual(ref.totals.map((t) => [t.scope, t.value]));
    expect(r.totals.find((t) => t.scope === "indirect")?.exact).toBe("536.6"); // 1000 MWh x 0.5366 t/MWh
    expect(() => computeInventory({ sector: ["1.A.1.a"], fuel: ["electricity"], amount: [1], unit: "MWh" }, { factors: set, species: ["CO2"], gridFactor })).toThrow(/count power generation twice/);
  });

  it("lists every key without a factor with the nearest valid keys, or omits them on request, never as zero", () => {
    const columns = { sector: ["1.A.4.b.i", "1.A.4.b.i", "1.A.4.b.i"], fuel: ["naturalGas", "naturalGas", "otherBituminousCoal"], amount: [1, 2, 3], unit: "TJ" };
    let error: unknown;
    try {
      computeInventory(columns, { factors: set, species: ["NH3", "PM2.5"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingFactorError);
    expect(error).toBeInstanceOf(MissingFactorError);
    const missing = (error as MissingFactorError).missing;
    expect(missing.map((m) => [m.fuel, m.species, m.rows, m.firstRow])).toEqual([["naturalGas", "NH3", 2, 0]]);
    expect(missing[0]!.reason).toMatch(/nearest valid keys: .*NH3/);
    const omitted = computeInventory(columns, { factors: set, species: ["NH3", "PM2.5"], onMissingFactor: "omit" });
    expect(omitted.missing.map((m) => m.reason)).toEqual(["no row of the factor set matches"]);
    expect(omitted.speciesTotals.map((t) => [t.species, t.complete])).toEqual([["NH3", false], ["PM2.5", true]]);
  });

  it("names the column and row of a bad amount, and refuses columns of unequal length", () => {
    const call = (amount: readonly number[]) => () => computeInventory({ sector: ["1.A.4.b.i", "1.A.4.b.i"], fuel: ["lignite", "lignite"], amount, unit: "t" }, { factors: set, species: ["PM2.5"] });
    expect(call([1, -2])).toThrow(InvalidInputError);
    expect(call([1, -2])).toThrow(/amount\[1\]/);
    expect(call([1, Number.NaN])).toThrow(/amount\[1\]/);
    expect(call([1])).toThrow(/amount: must have one entry per row like sector \(2\), got 1/);
    expect(() => computeInventory({ sector: ["1.A.4.b.x"], fuel: ["lignite"], amount: [1], unit: "t" }, { factors: set, species: ["PM2.5"] })).toThrow(/sector\[0\].*nearest known codes: 1\.A\.4\.b\.i/);
  });

  it("never changes its input", () => {
    const amount = Float64Array.of(1, 2);
    const sector = ["1.A.4.b.i", "1.A.4.b.i"];
    computeInventory({ sector, fuel: ["lignite", "lignite"], amount, unit: "t" }, { factors: set, species: ["PM2.5"], exact: true });
    expect([Array.from(amount), sector]).toEqual([[1, 2], ["1.A.4.b.i", "1.A.4.b.i"]]);
  });
});

describe("createFactorIndex", () => {
  it("chooses the row lookupFactor chooses for every built-in sector, fuel and species (or fails alike)", () => {
    const index = createFactorIndex(set);
    const outcome = (f: () => unknown) => {
      try {
        const m = f() as { row: { id: string } } | undefined;
        return m === undefined ? "UNKNOWN_FACTOR" : m.row.id;
      } catch (e) {
        return (e as { code?: string }).code ?? String(e);
      }
    };
    // Every key that finds a row, and every 25th key that does not (a miss makes lookupFactor compute its suggestions, which is slow).
    let misses = 0;
    for (const sector of Object.keys(SECTORS)) {
      for (const fuel of FUELS.map((f) => f.id)) {
        for (const pollutant of SPECIES) {
          const key = { sector, fuel, pollutant };
          const mine = outcome(() => index.resolve(key));
          if (mine === "UNKNOWN_FACTOR" && misses++ % 25 !== 0) continue;
          expect(mine, `${sector} ${fuel} ${pollutant}`).toBe(outcome(() => lookupFactor(set, key)));
        }
      }
    }
  });
});
