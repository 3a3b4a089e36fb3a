import { describe, expect, it } from "vitest";
import { AmbiguousFactorError, InvalidInputError, UnknownFactorError, UnknownTechnologyError } from "../../src/errors.js";
import type { FactorTable } from "../../src/factors/factorRow.js";
import { createFactorSet } from "../../src/factors/factorSet.js";
import { listFactors, lookupFactor } from "../../src/factors/lookupFactor.js";
import { CITY_CITATION, CITY_TABLE } from "../fixtures/cityTable.js";

const userOnly = () => createFactorSet({ userTables: [CITY_TABLE], userCitations: [CITY_CITATION], builtinTables: [] });

describe("lookupFactor", () => {
  it("finds an exact row and returns its provenance and citation", () => {
    const m = lookupFactor(userOnly(), { sector: "1.A.4.a.i", fuel: "otherBituminousCoal", pollutant: "PM2.5" });
    expect(m.row.id).toBe("city.1A4ai.coal.PM2.5");
    expect(m.layer).toBe("user");
    expect(m.tableId).toBe("test-city-2024");
    expect(m.citation.title).toContain("Stack tests");
  });

  it("applies a row to sub-sectors of its code and to fuels of its fuel group", () => {
    // the NOx row sits at 1.A.4 for the group hardCoal; anthracite is a hard coal
    const m = lookupFactor(userOnly(), { sector: "1.A.4.b.i", fuel: "anthracite", pollutant: "NOx" });
    expect(m.row.id).toBe("city.1A4.coal.NOx");
    expect(m.matchedSector).toBe("1.A.4");
    expect(m.matchedFuel).toBe("hardCoal");
  });

  it("does not apply a row to a sector that merely shares a prefix string", () => {
    expect(() => lookupFactor(userOnly(), { sector: "1.A.40", fuel: "anthracite", pollutant: "NOx" })).toThrow(UnknownFactorError);
  });

  it("does not apply a hard-coal row to lignite (a brown coal)", () => {
    expect(() => lookupFactor(userOnly(), { sector: "1.A.4.b.i", fuel: "lignite", pollutant: "NOx" })).toThrow(UnknownFactorError);
  });

  it("prefers a technology-specific row and refuses a row of another technology", () => {
    const m = lookupFactor(userOnly(), { sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "City bus Euro IV", pollutant: "NOx" });
    expect(m.row.value).toBe("5.5");
    // a technology no row names is refused, never silently served by a generic row
    try {
      lookupFactor(userOnly(), { sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "City bus Euro 4", pollutant: "NOx" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownTechnologyError);
      expect((e as UnknownTechnologyError).nearest).toEqual(["City bus Euro IV"]);
      expect((e as UnknownTechnologyError).path).toEqual(["technology"]);
    }
  });

  it("names the nearest valid keys when nothing matches", () => {
    try {
      lookupFactor(userOnly(), { sector: "1.A.4.a.i", fuel: "otherBituminousCoal", pollutant: "SO2" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownFactorError);
      expect((e as UnknownFactorError).nearest.length).toBeGreaterThan(0);
      expect((e as UnknownFactorError).message).toContain("1.A.4.a.i / otherBituminousCoal / SO2");
    }
  });

  it("refuses to pick between two equally specific rows", () => {
    const twin: FactorTable = { ...CITY_TABLE, id: "twin", rows: [{ ...CITY_TABLE.rows[0]!, id: "twin.PM", value: "60" }] };
    const set = createFactorSet({ userTables: [CITY_TABLE, twin], userCitations: [CITY_CITATION], builtinTables: [] });
    expect(() => lookupFactor(set, { sector: "1.A.4.a.i", fuel: "otherBituminousCoal", pollutant: "PM2.5" })).toThrow(AmbiguousFactorError);
  });

  it("lists rows by sector, fuel and pollutant", () => {
    expect(listFactors(userOnly(), { pollutant: "NOx" }).map((r) => r.row.id)).toEqual(["city.1A4.coal.NOx", "city.1A3biii.bus.NOx"]);
    expect(listFactors(userOnly(), { fuel: "cokingCoal" }).map((r) => r.row.id)).toEqual(["city.1A4.coal.NOx"]);
  });
});

describe("createFactorSet", () => {
  it("validates user rows and reports every problem with its path", () => {
    const bad: FactorTable = {
      id: "bad",
      title: "bad",
      rows: [
        { ...CITY_TABLE.rows[0]!, id: "bad.1", value: "12,5" },
        { ...CITY_TABLE.rows[0]!, id: "bad.2", ci: { lower: "60", upper: "80" } },
        { ...CITY_TABLE.rows[0]!, id: "bad.3", source: { id: "NoSuchReport", table: "T1" } },
        { ...CITY_TABLE.rows[0]!, id: "bad.4", unit: "g per GJ" },
      ],
    };
    try {
      createFactorSet({ userTables: [bad], userCitations: [CITY_CITATION], builtinTables: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      const paths = (e as InvalidInputError).issues.map((i) => i.path.join("."));
      expect(paths).toEqual([
        "userTables.0.rows.0.value",
        "userTables.0.rows.1.ci",
        "userTables.0.rows.2.source.id",
        "userTables.0.rows.3.unit",
      ]);
    }
  });

  it("refuses a row id used twice, so provenance stays unambiguous", () => {
    expect(() => createFactorSet({ userTables: [CITY_TABLE, CITY_TABLE], userCitations: [CITY_CITATION], builtinTables: [] })).toThrow(/used twice/);
  });

  it("refuses an unknown built-in table id, listing the known ones", () => {
    expect(() => createFactorSet({ builtinTables: ["emep-2016"] })).toThrow(/unknown built-in table "emep-2016"/);
  });

  it("does not change the caller's tables", () => {
    const copy = structuredClone(CITY_TABLE);
    createFactorSet({ userTables: [CITY_TABLE], userCitations: [CITY_CITATION] });
    expect(CITY_TABLE).toEqual(copy);
  });
});
