import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScenarioFileError } from "../../src/errors.js";
import { compileScenarioFile, parseScenarioFile } from "../../src/files.js";
import { readJsonScenarioFile } from "../../src/files/readJsonScenarioFile.js";

const SCENARIO = {
  name: "stoves", years: { start: 2030, end: 2031 }, species: ["SO2"], metrics: [],
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [],
};
const JSON_TEXT = JSON.stringify(SCENARIO, null, 2);

/** Where a JSON file is refused: line, column and message of its first problem. */
const syntaxError = (text: string) => {
  try {
    compileScenarioFile(text, { fileName: "city.json" });
  } catch (e) {
    if (e instanceof ScenarioFileError) return { ...e.issues[0], code: e.code };
    throw e;
  }
  throw new Error("expected the file to be refused");
};

describe("JSON scenario files", () => {
  it("accept a UTF-8 byte-order mark at the start, in JSON as in YAML", () => {
    expect(parseScenarioFile(`\uFEFF${JSON_TEXT}`, { fileName: "city.json" })).toEqual(SCENARIO);
    expect(parseScenarioFile(`\uFEFFname: stoves\nyears: { start: 2030, end: 2031 }\nspecies: [SO2]\nmetrics: []\nbaseline: ${JSON.stringify(SCENARIO.baseline)}\nmeasures: []\n`, { fileName: "city.yaml" })).toEqual(SCENARIO);
    // the mark takes no column: a problem on the first line is where an editor shows it
    expect(syntaxError('\uFEFF{"name" "a"}')).toMatchObject({ line: 1, column: 9 });
  });

  it("locate each syntax error at the line and column where it is, not at the end of the file", () => {
    const lines = JSON_TEXT.split("\n"); // line 3 is `  "years": {`
    const at = (edit: (l: string[]) => void) => {
      const copy = [...lines];
      edit(copy);
      return syntaxError(copy.join("\n"));
    };
    // a missing comma mid-file: at the next key
    expect(at((l) => (l[1] = l[1]!.replace(/,$/, "")))).toMatchObject({ code: "SCENARIO_FILE_SYNTAX", line: 3, column: 3, message: 'expected "," between two values' });
    // a trailing comma in a list and in an object: at the closing bracket
    expect(at((l) => (l[7] = '    "SO2",'))).toMatchObject({ line: 9, column: 3 });
    expect(at((l) => (l[4] = '    "end": 2031,'))).toMatchObject({ line: 6, column: 3, message: expect.stringMatching(/no comma before "}"/) });
    // a comment
    expect(at((l) => l.splice(4, 0, "    // the first year"))).toMatchObject({ line: 5, column: 5, message: "JSON has no comments" });
    // an unterminated string: where it starts
    expect(at((l) => (l[1] = '  "name": "stoves,'))).toMatchObject({ line: 2, column: 11 });
    // a tab inside a string: at the tab
    expect(at((l) => (l[1] = '  "name": "sto\tves",'))).toMatchObject({ line: 2, column: 15, message: expect.stringMatching(/control character/) });
    // JSON5 and JavaScript habits
    expect(at((l) => (l[1] = "  'name': 'stoves',"))).toMatchObject({ line: 2, column: 3 });
    expect(at((l) => (l[3] = '    "start": 02030,'))).toMatchObject({ line: 4, column: 15 });
    expect(syntaxError("")).toMatchObject({ line: 1, column: 1 });
    expect(syntaxError('{"name": "a"}\n{"name": "b"}')).toMatchObject({ line: 2, column: 1 });
  });

  it("refuse a repeated key at the repeat, naming the first", () => {
    expect(syntaxError('{\n  "name": "a",\n  "name": "b"\n}')).toMatchObject({ code: "SCENARIO_FILE_SYNTAX", path: ["name"], line: 3, column: 3, message: 'Map keys must be unique: "name" is already a key of this object (line 2)' });
  });

  it("read plain numbers in decimal fields exactly as written", () => {
    const text = JSON_TEXT.replace('"value": "100"', '"value": 0.10').replace('"measures": []', '"measures": [{ "id": "swap", "kind": "fuelSwitch", "target": { "activityIds": ["stoves"] }, "penetration": { "kind": "constant", "value": 1e-400 }, "to": { "fuel": "naturalGas" }, "efficiencyFrom": 0.5, "efficiencyTo": 0.80, "toUnit": "GJ" }]');
    const s = parseScenarioFile(text, { fileName: "city.json" });
    expect(s.baseline[0]?.level).toEqual({ kind: "constant", value: "0.10" });
    expect(s.measures[0]).toMatchObject({ penetration: { value: "1e-400" }, efficiencyFrom: "0.5", efficiencyTo: "0.80" });
  });

  it("keep a key __proto__ as a key (refused as unknown), never as the prototype", () => {
    const issue = syntaxError(JSON_TEXT.replace('"name"', '"__proto__": { "polluted": true },\n  "name"'));
    expect(issue).toMatchObject({ code: "INVALID_SCENARIO_FILE", message: expect.stringMatching(/unknown key "__proto__"/) });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("accept exactly what JSON.parse accepts, with the same data (property)", () => {
    const mutated = fc.tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom("", ",", "}", "]", "\"", "/", "0", " ", "\t", "\n", ":", "'", "-", "e", "\\", "\u0001")).map(([json, at, insert]) => {
      const i = at % (json.length + 1);
      return json.slice(0, i) + insert + json.slice(i);
    });
    fc.assert(
      fc.property(mutated, (text) => {
        let expected: unknown;
        let valid = true;
        try {
          expected = JSON.parse(text);
        } catch {
          valid = false;
        }
        let read: unknown;
        let error: ScenarioFileError | undefined;
        try {
          read = readJsonScenarioFile(text, "x.json").data;
        } catch (e) {
          if (!(e instanceof ScenarioFileError)) throw e;
          error = e;
        }
        if (error !== undefined && /Map keys must be unique/.test(error.message)) return; // JSON.parse keeps the last; we refuse
        expect(error === undefined, text).toBe(valid);
        if (valid) expect(read).toEqual(expected);
        else expect(error?.issues[0]?.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400, seed: 8 },
    );
  });
});
