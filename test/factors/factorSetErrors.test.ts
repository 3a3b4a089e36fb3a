import { describe, expect, it } from "vitest";
import { DuplicateIdError, InvalidInputError, UnknownTableError } from "../../src/errors.js";
import type { FactorTable } from "../../src/factors/factorRow.js";
import { createFactorSet } from "../../src/factors/factorSet.js";
import { gridFactorIssues } from "../../src/factors/gridFactorRow.js";
import { lookupGridFactor } from "../../src/factors/lookupGridFactor.js";
import { CITY_CITATION, CITY_TABLE } from "../fixtures/cityTable.js";
import { thrown } from "../fixtures/thrown.js";

const issuesOf = (f: () => unknown) => thrown(f, InvalidInputError).issues;
const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as Error & { path: readonly (string | number)[] };
  }
  throw new Error("expected an error");
};

describe("a factor table is validated as a whole, not only its rows", () => {
  it("refuses a table with a key it does not know, naming the key where it is", () => {
    const table = { ...CITY_TABLE, colour: "red" } as unknown as FactorTable;
    expect(issuesOf(() => createFactorSet({ userTables: [table], userCitations: [CITY_CITATION] }))).toMatchObject([
      { code: "unknown_key", path: ["userTables", 0, "colour"], message: 'unknown key "colour"' },
    ]);
  });

  it("refuses a table without rows with an issue, not a TypeError", () => {
    const table = { id: "t", title: "no rows" } as unknown as FactorTable;
    const issues = issuesOf(() => createFactorSet({ userTables: [table] }));
    expect(issues.map((i) => i.path)).toEqual([["userTables", 0, "rows"]]);
    expect(issues[0]?.message).toContain('missing required field "rows"');
  });

  it("refuses a table that is not an object, and still checks the tables after it", () => {
    const bad = { ...CITY_TABLE, id: "t2", rows: [{ ...CITY_TABLE.rows[0]!, id: "x", value: "1,5" }] };
    const issues = issuesOf(() => createFactorSet({ userTables: ["coal.csv" as unknown as FactorTable, bad], userCitations: [CITY_CITATION] }));
    expect(issues.map((i) => i.path)).toEqual([["userTables", 0], ["userTables", 1, "rows", 0, "value"]]);
  });

  it("says unknown key, not zod's wording, for a misspelt row field", () => {
    const table = { ...CITY_TABLE, rows: [{ ...CITY_TABLE.rows[0]!, pollutnat: "PM2.5" }] } as unknown as FactorTable;
    expect(issuesOf(() => createFactorSet({ userTables: [table], userCitations: [CITY_CITATION] }))).toMatchObject([
      { code: "unknown_key", path: ["userTables", 0, "rows", 0, "pollutnat"], message: 'unknown key "pollutnat"' },
    ]);
  });
});

describe("factor-set problems are located as the caller sees them", () => {
  it("puts the caller's path in front of every issue (a scenario's factors section)", () => {
    const table = { ...CITY_TABLE, rows: [{ ...CITY_TABLE.rows[0]!, value: "-1" }] };
    const paths = issuesOf(() => createFactorSet({ userTables: [table], userCitations: [CITY_CITATION, { id: "x" }] }, ["factors"])).map((i) => i.path);
    expect(paths[0]).toEqual(["factors", "userCitations", 1, "authors"]);
    expect(paths[paths.length - 1]).toEqual(["factors", "userTables", 0, "rows", 0, "value"]);
  });

  it("checks rows against the citations given even when another citation is invalid (every problem at once)", () => {
    const table = { ...CITY_TABLE, rows: [{ ...CITY_TABLE.rows[0]!, source: { id: "NoSuchReport", table: "T" } }] };
    const paths = issuesOf(() => createFactorSet({ userTables: [table, { ...CITY_TABLE, id: "city-2" }], userCitations: [{ ...CITY_CITATION, url: "not a url" }] })).map((i) => i.path);
    expect(paths).toEqual([["userCitations", 0, "url"], ["userTables", 0, "rows", 0, "source", "id"]]);
  });

  it("points a repeated row id at the row that repeats it", () => {
    const again = { ...CITY_TABLE, id: "again", rows: CITY_TABLE.rows.slice(0, 1) };
    const e = errorOf(() => createFactorSet({ userTables: [CITY_TABLE, again], userCitations: [CITY_CITATION], builtinTables: [] }, ["factors"]));
    expect(e).toBeInstanceOf(DuplicateIdError);
    expect(e.path).toEqual(["factors", "userTables", 1, "rows", 0, "id"]);
  });

  it("lists every repeated row id at once, each at the row that repeats it", () => {
    const paths = issuesOf(() => createFactorSet({ userTables: [CITY_TABLE, { ...CITY_TABLE, id: "again" }], userCitations: [CITY_CITATION], builtinTables: [] }, ["factors"])).map((i) => i.path);
    expect(paths).toEqual(CITY_TABLE.rows.map((_, ri) => ["factors", "userTables", 1, "rows", ri, "id"]));
  });

  it("points a citation id that repeats a built-in one at that citation", () => {
    const e = errorOf(() => createFactorSet({ userCitations: [CITY_CITATION, { ...CITY_CITATION, id: "EMEP-EEA-2019-1A4" }] }, ["factors"]));
    expect(e).toBeInstanceOf(DuplicateIdError);
    expect(e.path).toEqual(["factors", "userCitations", 1, "id"]);
  });

  it("points an unknown built-in table id at its place in the list", () => {
    const e = errorOf(() => createFactorSet({ builtinTables: ["emep-eea-2019-tier2-buses", "emep-2016"] }, ["factors"]));
    expect(e).toBeInstanceOf(UnknownTableError);
    expect(e.path).toEqual(["factors", "builtinTables", 1]);
  });
});

describe("a grid factor row's citation must resolve, as factor and NCV rows' do", () => {
  const row = { ...lookupGridFactor({ id: "grid.CN.2022.MEE-NBS.national-average" }), id: "city-grid", source: { id: CITY_CITATION.id, table: "T3" } };

  it("refuses a grid factor whose source is not in the citations, naming the nearest ids", () => {
    const issues = gridFactorIssues(row, createFactorSet().citations, ["gridFactor"]);
    expect(issues.map((i) => i.path)).toEqual([["gridFactor", "source", "id"]]);
    expect(issues[0]?.message).toContain(`unknown citation "${CITY_CITATION.id}"`);
  });

  it("accepts it when the user's citations hold the source", () => {
    expect(gridFactorIssues(row, createFactorSet({ userCitations: [CITY_CITATION] }).citations, ["gridFactor"])).toEqual([]);
  });

  it("reports schema problems with their path too", () => {
    expect(gridFactorIssues({ ...row, value: "-1", colour: "red" }, createFactorSet({ userCitations: [CITY_CITATION] }).citations, ["gridFactor"])).toMatchObject([
      { path: ["gridFactor", "value"], message: "a grid factor must not be negative" },
      { path: ["gridFactor", "colour"], message: 'unknown key "colour"' },
    ]);
  });
});
