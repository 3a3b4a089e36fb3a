import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/index.js";
import { cli, tempFolder } from "./runCli.js";

const BASE = "examples/seoul/scenario.yaml";
const VARIANT = "examples/seoul/scenario-variant.yaml";

describe("cobenefits compare", () => {
  it("sets the Seoul scenario and its variant side by side: the variant's removed DPF measure shows as absent, its difference the negative of the base's share", async () => {
    const { code, stdout } = await cli("compare", BASE, VARIANT, "--quiet");
    expect(code).toBe(0);
    expect(stdout).toContain("A = Seoul vehicle emission control 2018-2030 (illustrative)");
    expect(stdout).toContain("B = Seoul vehicle emission control 2018-2030, faster electrification (illustrative variant)");
    const dpf = stdout.split("\n").find((l) => l.startsWith("light-truck-dpf "))!.trim().split(/\s+/);
    expect(dpf).toHaveLength(3); // A's share, B empty, B - A
    expect(dpf[2]).toBe(`-${dpf[1]}`);
  });

  it("writes the comparison tables (exact decimals) and charts to --out; the variant's unchanged measures differ by exactly 0", async () => {
    const out = join(tempFolder("cb-compare-"), "cmp");
    const { code, stderr } = await cli("compare", BASE, VARIANT, "--out", out, "--charts", "--lang", "ko");
    expect(code).toBe(0);
    expect(stderr).toContain(`cobenefits: ${out}에 파일 12개를 썼습니다`); // the summary line in the language asked: ko.ts message.wrote
    expect(readdirSync(join(out, "charts")).filter((f) => f.endsWith(".svg")).sort()).toEqual(["comparison-co2e-AR6-GWP100.svg", "comparison-emissions-per-year.svg", "comparison-reduction-by-measure.svg", "comparison-reduction-by-species.svg"]);
    expect(readFileSync(join(out, "charts", "comparison-reduction-by-species.svg"), "utf8")).toContain("물질·시나리오별 감축량");
    const measures = parseCsv(readFileSync(join(out, "comparison-measures.csv"), "utf8"));
    const unchanged = measures.filter((r) => r.measure === "grade5-car-scrappage" && r.scenario?.includes("variant") === true);
    expect(unchanged.length).toBeGreaterThan(0);
    expect(unchanged.every((r) => r.reductionVsReference === "0")).toBe(true);
    const buses = measures.filter((r) => r.measure === "electric-city-buses" && r.species === "NOx" && r.year === "2028" && r.scenario?.includes("variant") === true);
    expect(Number(buses[0]!.reductionVsReference)).toBeGreaterThan(0); // more electric buses, more NOx avoided
  });

  it("names two scenarios of the same name by their files, and prints the emissions comparison as CSV", async () => {
    const dir = tempFolder("cb-compare-same-");
    const v = join(dir, "same-name.yaml");
    writeFileSync(v, `extends: ${join(process.cwd(), BASE)}\nmeasures:\n  - { id: grade5-car-dpf, remove: true }\n`);
    const { code, stdout } = await cli("compare", BASE, v, "--format", "csv", "--quiet");
    expect(code).toBe(0);
    const rows = parseCsv(stdout);
    expect(new Set(rows.map((r) => r.scenario))).toEqual(new Set(["Seoul vehicle emission control 2018-2030 (illustrative) (scenario.yaml)", "Seoul vehicle emission control 2018-2030 (illustrative) (same-name.yaml)"]));
  });

  it("refuses one file, an unknown language with the list, and a year outside the scenarios (exit 2)", async () => {
    expect((await cli("compare", BASE)).code).toBe(2);
    const lang = await cli("compare", BASE, VARIANT, "--lang", "kr");
    expect([lang.code, lang.stderr.trim()]).toEqual([2, 'cobenefits compare: --lang must be one of en, zh, ko, ja, mn; got "kr". Did you mean "ko"?']); // the language meant, not only the list
    expect((await cli("compare", BASE, VARIANT, "--year", "2040", "--quiet")).stderr).toContain("--year 2040 is not a year of the scenarios (2018-2030)");
  });

  it("locates a problem of the variant in the variant file and one of its base in the base file", async () => {
    const dir = tempFolder("cb-compare-bad-");
    writeFileSync(join(dir, "base.yaml"), readFileSync(BASE, "utf8").replace("onMissingFactor: omit", "onMissingFactor: omitt"));
    writeFileSync(join(dir, "variant.yaml"), "extends: base.yaml\nmeasures:\n  - id: grade5-car-dpf\n    removal: { PM2.5: lots }\n");
    const { code, stderr } = await cli("compare", join(dir, "base.yaml"), join(dir, "variant.yaml"), "--quiet");
    expect(code).toBe(1);
    expect(stderr).toMatch(/base\.yaml:\d+:\d+ onMissingFactor/);
    const both = await cli("validate", join(dir, "variant.yaml"));
    expect(both.stderr).toMatch(/base\.yaml:\d+:\d+ onMissingFactor/);
    expect(both.stderr).toContain("variant.yaml:4:23 measures[1].removal.PM2.5");
  });
});
