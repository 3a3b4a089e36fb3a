import { describe, expect, it } from "vitest";
import { builtinCitationRegistry } from "../../src/citations/registry.js";
import { BUILTIN_FACTOR_TABLES, BUILTIN_NCV } from "../../src/factors/builtinTables.js";
import { factorRowSchema } from "../../src/factors/factorRow.js";
import { FUEL_GROUPS, FUELS } from "../../src/factors/fuels.js";
import { lookupGridFactor, listGridFactors } from "../../src/factors/lookupGridFactor.js";
import { ncvRowSchema } from "../../src/factors/ncvRow.js";
import { SECTORS } from "../../src/factors/sectors.js";
import { listFactorTables } from "../../src/factors/factorSet.js";
import { UnknownGridFactorError } from "../../src/errors.js";
import { Dec } from "../../src/units/decimal.js";

const rows = BUILTIN_FACTOR_TABLES.flatMap((t) => t.rows);
const citations = builtinCitationRegistry();

describe("the built-in tables, taken together", () => {
  it("are reachable as plain data from the public API", () => {
    expect(listFactorTables()).toBe(BUILTIN_FACTOR_TABLES);
    expect(JSON.parse(JSON.stringify(BUILTIN_FACTOR_TABLES))).toEqual(BUILTIN_FACTOR_TABLES);
    expect(rows.length).toBeGreaterThan(1100);
  });

  it("have unique row and table ids", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(BUILTIN_FACTOR_TABLES.map((t) => t.id)).size).toBe(BUILTIN_FACTOR_TABLES.length);
  });

  it("pass the row schema, so every interval brackets its value and every unit parses", () => {
    expect(rows.filter((r) => !factorRowSchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
  });

  it("cite only publications in the registry", () => {
    expect(rows.filter((r) => !citations.byId.has(r.source.id)).map((r) => r.id)).toEqual([]);
    expect(BUILTIN_NCV.filter((r) => !citations.byId.has(r.source.id)).map((r) => r.id)).toEqual([]);
    expect(listGridFactors().filter((r) => !citations.byId.has(r.source.id)).map((r) => r.id)).toEqual([]);
  });

  it("use known sectors and fuels (or fuel groups)", () => {
    const fuels = new Set([...FUELS.map((f) => f.id), ...FUEL_GROUPS]);
    expect(rows.filter((r) => SECTORS[r.sector] === undefined).map((r) => r.sector)).toEqual([]);
    expect(rows.filter((r) => !fuels.has(r.fuel)).map((r) => r.fuel)).toEqual([]);
    expect(BUILTIN_NCV.filter((r) => !FUELS.some((f) => f.id === r.fuel)).map((r) => r.fuel)).toEqual([]);
  });

  it("keep PM2.5 <= PM10 <= TSP in every group, except rows flagged as published that way", () => {
    const groups = new Map<string, Map<string, (typeof rows)[number]>>();
    for (const r of rows) {
      const k = `${r.source.id}|${r.sector}|${r.fuel}|${r.technology ?? ""}`;
      const g = groups.get(k) ?? new Map();
      g.set(r.pollutant, r);
      groups.set(k, g);
    }
    const violations: string[] = [];
    for (const [k, g] of groups) {
      const chain = ["PM2.5", "PM10", "TSP"].map((s) => g.get(s)).filter((r) => r !== undefined && !r.unit.includes(" of ")); // rates only, not shares
      for (let i = 0; i + 1 < chain.length; i++) {
        const [a, b] = [chain[i]!, chain[i + 1]!];
        const flagged = [a, b].every((r) => r.flags?.includes("pmOrderAsPublished"));
        if (new Dec(a.value).gt(b.value) && !flagged) violations.push(`${k}: ${a.pollutant} ${a.value} > ${b.pollutant} ${b.value}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("flag the one published PM10 > TSP row (EMEP/EEA 2019 liquid fuels, Table 3-9, stored under 1.A.4.a.i and 1.A.4.c.i)", () => {
    const flagged = rows.filter((r) => r.flags?.includes("pmOrderAsPublished"));
    expect(flagged.map((r) => [r.sector, r.fuel, r.pollutant, r.value])).toEqual([
      ["1.A.4.a.i", "liquidFuels", "TSP", "20"],
      ["1.A.4.a.i", "liquidFuels", "PM10", "21"],
      ["1.A.4.a.i", "liquidFuels", "PM2.5", "18"],
      ["1.A.4.c.i", "liquidFuels", "TSP", "20"],
      ["1.A.4.c.i", "liquidFuels", "PM10", "21"],
      ["1.A.4.c.i", "liquidFuels", "PM2.5", "18"],
    ]);
  });

  it("give an NCV that passes its schema for every fuel with an IPCC name", () => {
    expect(BUILTIN_NCV.filter((r) => !ncvRowSchema.safeParse(r).success)).toEqual([]);
    for (const f of FUELS.filter((x) => x.ipcc2006Name !== undefined)) expect(BUILTIN_NCV.some((n) => n.fuel === f.id), f.id).toBe(true);
  });
});

describe("grid factor lookup", () => {
  it("finds China's 2022 national average by id (MEE/NBS, read through a secondary source)", () => {
    expect(lookupGridFactor({ id: "grid.CN.2022.MEE-NBS.national-average" })).toMatchObject({ value: "0.5366", quality: "secondary" });
  });

  it("refuses to choose between two definitions of the same country and year", () => {
    expect(() => lookupGridFactor({ country: "CN", year: 2022 })).toThrow(/choose one by id/);
  });

  it("lists the rows of the country when a year has none", () => {
    try {
      lookupGridFactor({ country: "MN", year: 2010 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownGridFactorError);
      expect((e as UnknownGridFactorError).available.every((a) => a.startsWith("grid.MN."))).toBe(true);
    }
  });
});
