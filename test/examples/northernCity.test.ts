import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { NORTHERN_CITY } from "../../examples/northern-city/scenario.js";
import { compileScenario } from "../../src/scenario/compile/compileScenario.js";
import { evaluateScenario } from "../../src/scenario/evaluate/evaluateScenario.js";
import { Dec } from "../../src/units/decimal.js";

const ROOT = resolve(__dirname, "..", "..");
const result = evaluateScenario(compileScenario(NORTHERN_CITY));
const y2035 = <T extends { year: number }>(rows: readonly T[]) => rows.filter((r) => r.year === 2035);
const total = (field: "baseline" | "reduction", species: string) => y2035(result.emissions).filter((e) => e.species === species).reduce((s, e) => s.plus(e[field]), new Dec(0)).toString();
const measure = (id: string, species: string) => y2035(result.attribution).find((a) => a.measure === id && a.species === species)!;

describe("the northern-city worked scenario, checked by hand from the cited factors", () => {
  it("has a 2035 SO2 baseline of 10000.65 t", () => {
    // heating boilers 200 kt x 20.9 GJ/t x 840 g/GJ (EMEP/EEA 2019 1.A.4 Table 3-7) = 3511.2 t
    // household stoves 15,000 households x 3 t = 45 kt x 20.9 GJ/t x 900 g/GJ (EMEP/EEA 2019 1.A.4 Table 3-14, Stoves) = 846.45 t
    // cement kilns 300 kt x 20.9 GJ/t x 900 g/GJ (EMEP/EEA 2019 1.A.2 Table 3-2) = 5643 t
    expect(total("baseline", "SO2")).toBe("10000.65");
  });

  it("credits the heating-season curtailment alone with 5643 t x 0.3 x 0.43 = 727.947 t SO2 in 2035", () => {
    // months 11, 12, 1, 2, 3 hold 0.08 + 0.09 + 0.09 + 0.08 + 0.09 = 0.43 of the kilns' year-round profile
    expect(measure("heating-season-curtailment", "SO2").standalone).toBe("727.947");
  });

  it("cuts road-dust PM10 by halving the silt loading: 5e9 vkm x 3.75669 g/vkm x 0.467815 = 8787.17966175 t, with no greenhouse-gas effect", () => {
    // 3.75669 g/vkm: AP-42 13.2.1, 0.62 x 2^0.91 x (3 t in short tons)^1.02 x (1 - 70/1460), illustrative road inputs;
    // 0.467815 = 1 - 0.5^0.91, the same equation's effect of halving the silt loading
    expect(measure("road-dust-control", "PM10").shapley).toBe("8787.17966175");
    expect(result.tradeOffs.find((t) => t.measure === "road-dust-control" && t.metric === "AR6-GWP100")?.flags).toEqual(["noGhgEffect"]);
  });

  it("credits 10,500 advanced stoves with 0.7 x 45 kt x 20.9 GJ/t x (450 - 220 x 0.75) g/GJ = 187.62975 t PM2.5 in 2035", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-14 (Stoves, 450 g/GJ) and Table 3-19 (advanced stove, 220 g/GJ); fuel saving 0.25 (illustrative)
    expect(measure("improved-stoves", "PM2.5").standalone).toBe("187.62975");
  });

  it("shows flue-gas desulphurisation's trade-off: SO2 down, CO2e up through its energy penalty", () => {
    expect(new Dec(measure("kiln-fgd", "SO2").shapley).gt(0)).toBe(true);
    expect(result.tradeOffs.find((t) => t.measure === "kiln-fgd" && t.metric === "AR6-GWP100")?.flags).toEqual(["airPollutantsDownCo2eUp"]);
  });

  it("splits every species' 2035 reduction exactly among the measures", () => {
    for (const s of NORTHERN_CITY.species) {
      const shares = y2035(result.attribution).filter((a) => a.species === s).reduce((x, a) => x.plus(a.shapley), new Dec(0));
      expect(shares.toString()).toBe(total("reduction", s));
    }
    for (const metric of NORTHERN_CITY.metrics) {
      const co2e = y2035(result.co2e).find((c) => c.metric === metric)!;
      const shares = y2035(result.co2eAttribution).filter((a) => a.metric === metric).reduce((x, a) => x.plus(a.shapley), new Dec(0));
      expect(shares.toString()).toBe(co2e.reduction);
    }
  });

  it("counts BC in CO2e only under the metric that names a BC value", () => {
    expect(y2035(result.co2e).map((c) => [c.metric, c.speciesIncluded])).toEqual([
      ["AR6-GWP100", ["CO2", "CH4", "N2O"]],
      ["AR6-GWP100+Bond2013-GWP100", ["BC", "CO2", "CH4", "N2O"]],
    ]);
  });

  it("runs as the README's main job (npm run example) and prints the measures' shares", () => {
    const out = execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "examples", "northern-city", "run.ts")], { cwd: ROOT, encoding: "utf8" });
    expect(out).toContain("Shapley share of the 2035 reduction by measure");
    expect(out).toMatch(/baseline\s+\S+\s+\S+\s+\S+\s+10000\.6/); // 10000.65 rounded half-even
    expect(out).toContain("kiln-fgd");
  });
});
