import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenarioFile } from "../../src/files.js";
import { evaluateScenario } from "../../src/index.js";
import { Dec } from "../../src/units/decimal.js";

// The worked city examples' new inputs (stock x intensity, measures in units, built-in stove,
// dust and machinery rows, China's NCV, sulphur content), checked by hand against the cited
// factors, independently of the golden tables.
const ROOT = resolve(__dirname, "..", "..");
const run = (dir: string) => {
  const file = join(ROOT, "examples", dir, "scenario.yaml");
  return evaluateScenario(compileScenarioFile(readFileSync(file, "utf8"), { fileName: file }));
};
const ulaanbaatar = run("ulaanbaatar");
const beijing = run("beijing");
const heating = run("northern-china-heating-season");
const seoul = run("seoul");
type Result = typeof seoul;
const perUnit = (r: Result, year: number, measure: string, species: string) => r.perUnit.find((p) => p.year === year && p.measure === measure && p.species === species)!;
const emissions = (r: Result, year: number, sector: string, species: string) => r.emissions.find((e) => e.year === year && e.sector === sector && e.species === species && e.scope === "direct")!;
const SO2_PER_S = new Dec("64.058").div("32.06"); // SO2 per unit of sulphur burnt
// the engine's decimals carry 28 significant digits; agree to 1e-20 t
const same = (actual: string, expected: Dec) => expect(new Dec(actual).minus(expected).abs().lt("1e-20"), `${actual} = ${expected.toString()}`).toBe(true);

describe("Ulaanbaatar: ger stoves in households, with the built-in stove technologies", () => {
  it("counts 202,000 households (published) x 5.45 t of coal = 1,100.9 kt a year", () => {
    expect(ulaanbaatar.stocks.find((s) => s.activityId === "ger-stoves" && s.year === 2018)).toMatchObject({ stock: "202000", stockUnit: "household", level: "1100.9" });
  });

  it("credits one advanced stove with 5.45 t x 11.9 GJ/t x (450 - 220 x 0.8) g/GJ = 0.01777027 t PM2.5 a year", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-14 (Stoves, 450 g/GJ) and Table 3-19 (advanced stove, 220 g/GJ);
    // IPCC 2006 Vol. 2 Table 1.2 lignite NCV 11.9 TJ/Gg; fuel saving 0.2 (illustrative)
    expect(perUnit(ulaanbaatar, 2030, "ger-advanced-stoves", "PM2.5")).toMatchObject({ units: "50000", standalonePerUnit: "0.01777027", perUnitUnit: "t/household" });
  });
});

describe("Beijing: household coal in households, China's NCV and a sulphur content derived from Xinhua", () => {
  it("takes the household coal's SO2 from 0.24% sulphur: 3,993,200 t x 0.0024 x 64.058/32.06", () => {
    same(emissions(beijing, 2015, "1.A.4.b.i", "SO2").baseline, new Dec("3993200").times("0.0024").times(SO2_PER_S));
  });

  it("cuts about Xinhua's 14,000 t SO2 when its 974,000 households have switched (2018), by construction of the sulphur content", () => {
    const switched = ["household-coal-to-heat-pumps", "household-coal-to-storage-heaters", "household-coal-to-gas"].map((m) => perUnit(beijing, 2018, m, "SO2"));
    expect(switched.reduce((s, p) => s.plus(p.units), new Dec(0)).toString()).toBe("974000");
    // heat pumps alone, at the household (scope direct; the power plants' SO2 is the indirect scope,
    // test/examples/powerPlantsAndUpstream.test.ts): 500,000 households x 2.98 t x 0.0024 x 64.058/32.06
    const direct = beijing.attributionBySector.filter((a) => a.year === 2018 && a.measure === "household-coal-to-heat-pumps" && a.species === "SO2" && a.scope === "direct");
    same(direct.reduce((s, a) => s.plus(a.standalone), new Dec(0)).toString(), new Dec("500000").times("2.98").times("0.0024").times(SO2_PER_S));
    const all = new Dec("974000").times("2.98").times("0.0024").times(SO2_PER_S);
    expect(all.minus(14000).abs().lt(100)).toBe(true); // 13,918.6 t
  });
});

describe("the heating-season city: construction dust from built-in rows, road dust from AP-42", () => {
  it("prices 2e7 m2 of apartment construction at 0.3 kg PM10/m2 (EMEP/EEA 2019 2.A.5.b Table 3-2) and cuts 0.9 x 0.6 of it", () => {
    expect(emissions(heating, 2025, "2.A.5.b", "PM10")).toMatchObject({ baseline: "6000", reduction: "3240" });
  });

  it("derives paved-road PM10 from AP-42 13.2.1: 0.62 x 2^0.91 x (3 t in short tons)^1.02 x (1 - 70/1460) g/vkm", () => {
    const factor = 0.62 * 2 ** 0.91 * (3 / 0.90718474) ** 1.02 * (1 - 70 / 1460); // 3.756687 g/vkm
    const baseline = Number(emissions(heating, 2025, "1.A.3.b.vii", "PM10").baseline);
    expect(baseline / (factor * 1.5e10 / 1e6)).toBeCloseTo(1, 5); // the derived row keeps 6 significant digits
  });
});

describe("Seoul: vehicles and machines as stock, measures in vehicles", () => {
  it("scraps Seoul's 21,986 vehicles of 2018 (cars and light trucks together)", () => {
    const scrapped = ["grade5-car-scrappage", "light-truck-scrappage"].map((m) => perUnit(seoul, 2018, m, "NOx").units);
    expect(scrapped.reduce((s, u) => s.plus(u), new Dec(0)).toString()).toBe("21986");
  });

  it("credits one Stage I to Stage IV engine replacement with 15 t x (31,077 - 1,570) g/t = 0.442605 t NOx a year", () => {
    // EMEP/EEA 2019 1.A.2.g.vii Table 3-2, diesel Stage I and Stage IV NOx
    expect(perUnit(seoul, 2030, "machinery-engine-replacement", "NOx").standalonePerUnit).toBe("0.442605");
  });

  it("shows the machinery's BC cut, built in for non-road machines", () => {
    // 15 t x (800 - 78) g/t BC per machine (EMEP/EEA 2019 1.A.2.g.vii Table 3-2)
    expect(perUnit(seoul, 2030, "machinery-engine-replacement", "BC").standalonePerUnit).toBe("0.01083");
  });
});
