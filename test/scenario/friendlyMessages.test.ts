import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScenarioFileError, compileScenarioFile, parseScenarioFile } from "../../src/files.js";
import { UnknownFactorError, createFactorSet, lookupFactor } from "../../src/index.js";
import { Dec } from "../../src/units/decimal.js";

const FILE = [
  "name: demo",
  "years: { start: 2030, end: 2031 }",
  "species: [SO2, PM2.5, CO2]",
  "metrics: [AR6-GWP100]",
  "onMissingFactor: omit",
  "baseline:",
  "  - id: stoves",
  "    sector: 1.A.4.b.i",
  "    fuel: anthracite",
  "    unit: TJ",
  "    level: { kind: constant, value: 100 }",
  "    monthlyProfile: [0.2, 0.2, 0.1, 0, 0, 0, 0, 0, 0, 0.1, 0.2, 0.2]",
  "measures:",
  "  - id: winter-cut",
  "    kind: seasonalCurtailment",
  "    target: { activityIds: [stoves] }",
  "    months: [1, 2]",
  "    curtailment: 0.1",
  "    penetration: { kind: constant, value: 1 }",
  "",
].join("\n");

const problems = (text: string, compile = false) => {
  try {
    if (compile) compileScenarioFile(text, { fileName: "s.yaml" });
    else parseScenarioFile(text, { fileName: "s.yaml" });
  } catch (e) {
    if (e instanceof ScenarioFileError) return e.issues;
    throw e;
  }
  return [];
};
const only = (text: string, compile = false) => {
  const found = problems(text, compile);
  expect(found, found.map((i) => i.message).join("\n")).toHaveLength(1);
  return found[0]!;
};

describe("messages that say what was meant", () => {
  it("the file used here is valid as it stands", () => {
    expect(problems(FILE, true)).toEqual([]);
  });

  it("species: PM25 -> did you mean PM2.5", () => {
    const i = only(FILE.replace("[SO2, PM2.5, CO2]", "[SO2, PM25, CO2]"));
    expect([i.line, i.nearest, i.message.split(";")[0]]).toEqual([3, ["PM2.5"], 'unknown species "PM25"']);
    expect(i.message).toContain('did you mean "PM2.5"?');
  });

  it('metric names spelt without separators (the globalwarmingpotentials data\'s "AR6GWP100") or in another case ("ar6-gwp100") -> AR6-GWP100', () => {
    for (const written of ["AR6GWP100", "ar6-gwp100", "ar6_gwp100"]) {
      expect(only(FILE.replace("[AR6-GWP100]", `["${written}"]`), true).message).toContain('did you mean "AR6-GWP100"?');
    }
  });

  it("enum values and keys: omitt -> omit, penetraton -> penetration, activity -> activityIds, months on a row -> monthlyProfile", () => {
    expect(only(FILE.replace("onMissingFactor: omit", "onMissingFactor: omitt")).message).toContain('did you mean "omit"?');
    // (the measure also lacks its penetration now: two problems, the unknown key's with its suggestion)
    expect(problems(FILE.replace("    penetration:", "    penetraton:")).find((i) => i.code === "unknown_key")?.message).toContain('did you mean "penetration"?');
    expect(problems(FILE.replace("{ activityIds: [stoves] }", "{ activity: stoves }")).find((i) => i.code === "unknown_key")?.message).toContain('did you mean "activityIds"?');
    expect(only(FILE.replace("    monthlyProfile:", "    months:")).message).toContain('did you mean "monthlyProfile"?');
  });

  it('a percentage gets the fraction to write ("70%" -> 0.7), a quoted number the number (months: ["11"] -> 11)', () => {
    expect(only(FILE.replace("curtailment: 0.1", 'curtailment: "70%"')).message).toContain('"70%" is a percentage: write the fraction 0.7');
    expect(only(FILE.replace("months: [1, 2]", 'months: ["11"]')).message).toContain('"11" is a number in quotes: write 11 without quotes');
  });

  it("property: the fraction a percentage hint gives is the percentage divided by 100, exactly", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 }), (n, places) => {
      const pct = new Dec(n).div(new Dec(10).pow(places)).toFixed(places);
      const message = only(FILE.replace("curtailment: 0.1", `curtailment: "${pct}%"`)).message;
      const fraction = /write the fraction (\S+) /.exec(message)?.[1];
      expect(new Dec(fraction!).times(100).eq(new Dec(pct))).toBe(true);
    }), { numRuns: 60 });
  });

  it("property: one indentation slip on any line gives at most one message, at that line", () => {
    const lines = FILE.split("\n");
    fc.assert(fc.property(fc.integer({ min: 1, max: lines.length - 2 }), fc.constantFrom(1, -1, 2, -2, 3), (n, shift) => {
      const line = lines[n]!;
      if (shift < 0 && !line.startsWith(" ".repeat(-shift))) return;
      const slipped = [...lines.slice(0, n), shift > 0 ? `${" ".repeat(shift)}${line}` : line.slice(-shift), ...lines.slice(n + 1)].join("\n");
      const syntax = problems(slipped).filter((i) => i.code === "syntax");
      expect(syntax.length, `${n + 1} shifted ${shift}: ${syntax.map((i) => `${i.line}: ${i.message}`).join(" | ")}`).toBeLessThanOrEqual(1);
      if (syntax.length === 1) expect(syntax[0]!.line).toBe(n + 1);
    }), { numRuns: 120 });
  });

  it("names the line of an indentation slip, not the line the parser stopped at", () => {
    const i = only(FILE.replace("    fuel: anthracite", "     fuel: anthracite"));
    expect([i.line, i.column]).toEqual([9, 6]);
    expect(i.message).toBe("line 9 is indented 5 spaces; indented 4, as the lines around it, the file reads (the keys of one mapping, and the dashes of one list, start in the same column)");
  });
});

describe("the nearest factor keys", () => {
  it("point a diesel truck without an SO2 factor to diesel and gas-oil rows, never first to coal or gas", () => {
    let e: unknown;
    try {
      lookupFactor(createFactorSet(), { sector: "1.A.3.b.iii", fuel: "gasDieselOil", pollutant: "SO2" });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(UnknownFactorError);
    const nearest = (e as UnknownFactorError).nearest;
    expect(nearest.length).toBeGreaterThan(0);
    // each suggestion a liquid fuel of diesel's family (gasDieselOil's groups: gasOil, otherLiquidFuels, liquidFuels)
    expect(nearest.slice(0, 3).every((k) => /\/ (gasDieselOil|gasOil|otherLiquidFuels|liquidFuels) \//.test(k)), nearest.join("; ")).toBe(true);
  });
});
