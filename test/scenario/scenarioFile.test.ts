import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { compileScenarioFile, parseScenarioFile, scenarioJsonSchema } from "../../src/files.js";
import { ScenarioFileError } from "../../src/errors.js";
import type { Scenario } from "../../src/scenario/scenario.js";

const SCENARIO: Scenario = {
  name: "stoves", years: { start: 2030, end: 2031 }, species: ["SO2", "PM2.5"], metrics: [],
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
  measures: [{ id: "swap", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.5", efficiencyTo: "0.8", toUnit: "GJ" }],
};

const problems = (text: string, fileName = "city.yaml") => {
  try {
    compileScenarioFile(text, { fileName });
  } catch (e) {
    if (e instanceof ScenarioFileError) return e.issues;
    throw e;
  }
  throw new Error("expected the file to be refused");
};

describe("scenario files", () => {
  it("read the same scenario from YAML and from JSON", () => {
    const plain = { name: "stoves", years: { start: 2030, end: 2031 }, species: ["SO2"], metrics: [], baseline: SCENARIO.baseline, measures: [] };
    expect(parseScenarioFile(stringify(plain), { fileName: "a.yaml" })).toEqual(plain);
    expect(parseScenarioFile(JSON.stringify(plain), { fileName: "a.json" })).toEqual(plain);
  });

  it("read a decimal written as a plain number exactly as written, never through floating point", () => {
    const yaml = readFileSync(new URL("./fixtures/plainNumbers.yaml", import.meta.url), "utf8");
    const s = parseScenarioFile(yaml, { fileName: "plainNumbers.yaml" });
    expect(s.baseline[0]?.level).toEqual({ kind: "constant", value: "123456789012345678901.10" });
    expect(s.baseline[1]?.level).toEqual({ kind: "interp", points: [{ year: 2030, value: "0.1" }, { year: 2031, value: "1e-30" }] });
    expect(s.years).toEqual({ start: 2030, end: 2031 });
  });

  it("read plain numbers exactly in every decimal field, also in user factor tables, NCVs and a grid factor row", () => {
    const yaml = [
      "name: city",
      "years: { start: 2030, end: 2030 }",
      "species: [PM2.5, CO2]",
      "metrics: []",
      "baseline:",
      "  - { id: stoves, sector: 1.A.4.b.i, fuel: anthracite, unit: t, level: { kind: constant, value: 200 } }",
      "  - { id: grid, sector: 1.A.4.b.i, fuel: electricity, unit: MWh, level: { kind: constant, value: 1 } }",
      "measures: []",
      "factors:",
      "  userCitations:",
      "    - { id: City-2025, authors: City EPB, title: Tests (illustrative), publisher: City EPB, year: 2025, url: https://example.org }",
      "  userTables:",
      "    - id: city",
      "      title: city",
      "      rows:",
      "        - { id: city.pm, sector: 1.A.4.b.i, fuel: anthracite, pollutant: PM2.5, value: 200, unit: g/GJ, ci: { lower: 0.10, upper: 300 }, source: { id: City-2025, table: T1 }, quality: userSupplied }",
      "  userNcv:",
      "    - { id: city.ncv, fuel: anthracite, value: 26.70, unit: GJ/t, source: { id: City-2025, table: T2 }, quality: userSupplied }",
      "onMissingFactor: omit",
      "gridFactor: { id: city-grid, country: CN, year: 2024, value: 0.6, unit: t/MWh, definition: city average, source: { id: City-2025, table: T3 }, quality: userSupplied }",
    ].join("\n");
    const s = parseScenarioFile(yaml, { fileName: "city.yaml" });
    const row = s.factors?.userTables?.[0]?.rows[0];
    expect([row?.value, row?.ci]).toEqual(["200", { lower: "0.10", upper: "300" }]);
    expect(s.factors?.userNcv?.[0]?.value).toBe("26.70");
    expect(s.gridFactor).toMatchObject({ value: "0.6", year: 2024 });
    expect((s.factors?.userCitations?.[0] as { year: unknown }).year).toBe(2025); // an integer field stays a number
    const plan = compileScenarioFile(yaml, { fileName: "city.yaml" });
    expect(plan.scenario.factors?.userTables?.[0]?.rows[0]?.value).toBe("200");
  });

  it("still refuse a plain number in a user table that is not a decimal, with its line", () => {
    const yaml = stringify({ ...SCENARIO, factors: { userTables: [{ id: "city", title: "city", rows: [{ id: "r", sector: "1.A.4.b.i", fuel: "anthracite", pollutant: "PM2.5", value: 0x1f, unit: "g/GJ", source: { id: "EMEP-EEA-2019-1A4", table: "T" }, quality: "userSupplied" }] }] } }).replace("value: 31", "value: 0x1F");
    const [issue] = problems(yaml);
    expect(issue?.path).toEqual(["factors", "userTables", 0, "rows", 0, "value"]);
    expect(issue?.line).toBe(yaml.split("\n").findIndex((l) => l.includes("0x1F")) + 1);
  });

  it("report every problem at once, each with its path, line and what is expected", () => {
    const yaml = [
      "name: city",
      "years: { start: 2031, end: 2030 }",
      "species: [SO2, PM25]",
      "metrics: []",
      "baseline:",
      "  - id: stoves",
      "    sector: 1.A.4.b.i",
      "    fuel: anthracite",
      "    unit: TJ",
      "    colour: black",
      "    level: { kind: constant, value: lots }",
      "measures: []",
    ].join("\n");
    const found = problems(yaml).map((i) => [i.path.join("."), i.line]);
    expect(found).toEqual([["years.end", 2], ["species.1", 3], ["baseline.0", 10], ["baseline.0.level.value", 11]]); // sorted by line
    expect(problems(yaml).find((i) => i.path.join(".") === "baseline.0")?.message).toMatch(/unknown key "colour"/);
  });

  it("locate compile errors (an unknown fuel, overclaimed activity) in the file", () => {
    const yaml = stringify({ ...SCENARIO, baseline: [{ ...SCENARIO.baseline[0], fuel: "anthracitee" }] });
    const [issue] = problems(yaml);
    expect(issue?.message).toMatch(/unknown fuel "anthracitee"; nearest known fuels: anthracite/);
    expect(issue?.path).toEqual(["baseline", 0, "fuel"]); // the field itself, not the row
    expect(issue?.line).toBe(yaml.split("\n").findIndex((l) => l.includes("fuel: anthracitee")) + 1);
    const twice = stringify({ ...SCENARIO, measures: [SCENARIO.measures[0], { ...SCENARIO.measures[0], id: "swap2", penetration: { kind: "constant", value: "0.6" } }] });
    expect(problems(twice)[0]?.message).toMatch(/measures swap and swap2 together claim 1.1 of activity "stoves"/);
  });

  it("report the problems of every activity row at once, each at the row's own line", () => {
    const yaml = [
      "name: city",
      "years: { start: 2030, end: 2030 }",
      "species: [SO2]",
      "metrics: []",
      "baseline:",
      "  - { id: boilers, sector: 1.A.4.a.i, fuel: anthracite, unit: ton, level: { kind: constant, value: 1 } }",
      "  - { id: stoves, sector: 1.A.4.b.i, fuel: bituminousCoal, unit: TJ, level: { kind: constant, value: 1 } }",
      "measures:",
      "  - { id: to-gas, kind: fuelSwitch, target: { activityIds: [boilers] }, penetration: { kind: constant, value: 0.5 }, to: { fuel: naturalGas }, efficiencyFrom: 0.7, efficiencyTo: 0.9, toUnit: GJ }",
    ].join("\n");
    const found = problems(yaml);
    expect(found.map((i) => [i.path.join("."), i.line])).toEqual([["baseline.0.unit", 6], ["baseline.1.fuel", 7]]);
    expect(found[0]?.message).toMatch(/"ton"/);
    expect(found[1]?.message).toMatch(/unknown fuel "bituminousCoal"/);
  });

  it("refuse duplicate keys, bad syntax, and a file that is not a mapping, with the line", () => {
    expect(problems("name: a\nname: b\n")[0]?.line).toBe(2);
    expect(problems("a: [1,\n")[0]?.line).toBe(2); // where the input ends unclosed
    expect(problems("- 1\n- 2\n")[0]?.message).toMatch(/expected a mapping/);
    expect(problems('{"name": "a",}', "city.json")[0]).toMatchObject({ line: 1, column: 14 });
  });

  it("name at most ten unknown keys of one mapping, and count the rest", () => {
    const yaml = `${stringify(SCENARIO)}${Array.from({ length: 12 }, (_, i) => `k${i}: 1`).join("\n")}\n`;
    expect(problems(yaml)[0]?.message).toBe('unknown keys "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9" and 2 more (a misspelt field is never ignored; see https://unpkg.com/cobenefits@0.1.0/docs/scenario-file-reference.md)');
  });

  it("accept a $schema key for editors and ignore it", () => {
    const s = parseScenarioFile(`$schema: ../schema/scenario.schema.json\n${stringify(SCENARIO)}`, { fileName: "a.yaml" });
    expect("$schema" in s).toBe(false);
  });

  it("take --metric over the file's metrics", () => {
    const plan = compileScenarioFile(stringify({ ...SCENARIO, species: ["SO2", "CO2"], metrics: ["AR5-GWP100"] }), { metrics: ["AR6-GWP100"] });
    expect(plan.scenario.metrics).toEqual(["AR6-GWP100"]);
  });
});

describe("the JSON Schema shipped in the package", () => {
  it("is the one generated from the zod schemas (run `npm run schema` after changing them)", () => {
    const committed = JSON.parse(readFileSync(new URL("../../schema/scenario.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it("lists every measure kind and refuses unknown keys", () => {
    const text = JSON.stringify(scenarioJsonSchema());
    for (const kind of ["fuelSwitch", "standardUpgrade", "scrappage", "electricVehicle", "stoveReplacement", "controlDevice", "dpfRetrofit", "dustControl", "buildingRetrofit", "seasonalCurtailment"]) expect(text).toContain(`"const":"${kind}"`);
    expect((scenarioJsonSchema() as { additionalProperties: boolean }).additionalProperties).toBe(false);
  });
});
