import { describe, expect, it } from "vitest";
import { BUILTIN_CRFS, BUILTIN_INTAKE_FRACTIONS, BUILTIN_VSL_PARAMETERS, TM5_FASST_BASE_EMISSIONS, TM5_FASST_COEFFICIENTS, TM5_FASST_REGIONS, impactsCitation, relativeRisk } from "../../src/impacts.js";
import { Dec } from "../../src/units/decimal.js";

const gemmOf = (fn: string, endpoint: string) => BUILTIN_CRFS.find((f) => f.name === fn)!.endpoints.find((e) => e.endpoint === endpoint)!;

describe("GEMM (Burnett et al. 2018) as distributed in rfasst", () => {
  // rfasst 1.1.0 data/raw.rr.param.bur2018.with.rda and .without.rda, read a second time for this test:
  // [low, medium, high] theta, then alpha, mu, nu; cf_pm 2.4 in every row.
  const RFASST = {
    "GEMM-Burnett2018-with-China": {
      lc: [["0.23273", "0.2942", "0.35567"], "6.2", "9.3", "29.8"], ihd: [["0.27903", "0.2969", "0.31477"], "1.9", "12", "40.2"],
      stroke: [["0.19503", "0.272", "0.34897"], "6.2", "16.7", "23.7"], copd: [["0.18338", "0.251", "0.31862"], "6.5", "2.5", "32"],
    },
    "GEMM-Burnett2018-without-China": {
      lc: [["0.18411", "0.2626", "0.34109"], "6.7", "11", "16.5"], ihd: [["0.20841", "0.2543", "0.30019"], "4.9", "-21.1", "17.7"],
      stroke: [["0.10299", "0.1873", "0.27161"], "6.2", "14.5", "14.4"], copd: [["0.14225", "0.2095", "0.27675"], "7.2", "2", "14.7"],
    },
  } as const;

  it.each(Object.entries(RFASST).flatMap(([fn, rows]) => Object.entries(rows).map(([endpoint, row]) => [fn, endpoint, row] as const)))("%s %s: theta is rfasst's medium, its SE is high - medium = medium - low, alpha, mu, nu and the 2.4 ug/m3 counterfactual as distributed", (fn, endpoint, row) => {
    const p = gemmOf(fn, endpoint);
    if (p.family !== "gemm") throw new Error("not gemm");
    const [[low, medium, high], alpha, mu, nu] = row;
    expect(p.theta).toBe(medium);
    expect(new Dec(high).minus(medium).toString()).toBe(p.thetaSe);
    expect(new Dec(medium).minus(low).toString()).toBe(p.thetaSe);
    expect([p.alpha, p.mu, p.nu, p.counterfactual]).toEqual([alpha, mu, nu, "2.4"]);
    expect(p).toMatchObject({ quality: "secondary", source: { id: "Burnett2018-GEMM" } });
  });

  it("gives the hazard ratio of the GEMM form exactly: IHD with the Chinese cohort at 12.4 ug/m3 (z = 10) is exp(0.2969 ln(1 + 10/1.9) / (1 + exp(-(10 - 12)/40.2))) = 1.304193987425", () => {
    // 30-digit evaluation of the published form with these parameters: 1.30419398742501982142674566176
    expect(relativeRisk(gemmOf("GEMM-Burnett2018-with-China", "ihd"), 12.4, "central")).toBeCloseTo(1.30419398742502, 13);
    // lung cancer with, and IHD without the Chinese cohort, at 52.4 ug/m3 (z = 50): 1.67644806573892 and 1.82867230693374
    expect(relativeRisk(gemmOf("GEMM-Burnett2018-with-China", "lc"), 52.4, "central")).toBeCloseTo(1.67644806573892, 13);
    expect(relativeRisk(gemmOf("GEMM-Burnett2018-without-China", "ihd"), 52.4, "central")).toBeCloseTo(1.82867230693374, 13);
  });

  it("is 1 at and below the counterfactual, and rises with concentration for every cause", () => {
    for (const f of BUILTIN_CRFS.filter((c) => c.pollutant !== "O3")) for (const e of f.endpoints) {
      expect(relativeRisk(e, 2.4, "central")).toBe(1);
      expect(relativeRisk(e, 0, "high")).toBe(1);
      let prev = 1;
      for (let c = 5; c <= 300; c += 5) {
        const hr = relativeRisk(e, c, "central");
        expect(hr).toBeGreaterThan(prev);
        prev = hr;
      }
    }
  });
});

describe("TM5-FASST secondary PM2.5 coefficients (Van Dingenen et al. 2018, via rfasst)", () => {
  it("covers every precursor, component and source-receptor pair of China, Korea, Japan and Mongolia once", () => {
    expect(TM5_FASST_COEFFICIENTS).toHaveLength(3 * 3 * 4 * 4);
    expect(new Set(TM5_FASST_COEFFICIENTS.map((c) => `${c.precursor}${c.component}${c.sourceRegion}${c.receptorRegion}`)).size).toBe(144);
    expect(TM5_FASST_BASE_EMISSIONS).toHaveLength(12);
    expect(TM5_FASST_REGIONS).toEqual(["CHN", "COR", "JPN", "MON"]);
  });

  it.each([
    // read a second time in rfasst data/src.<component>_<precursor>.rda, row = source, column = receptor
    ["SO2", "SO4", "CHN", "CHN", "0.755369"], ["NOx", "NO3", "COR", "COR", "0.119999"], ["NH3", "NH4", "JPN", "JPN", "0.088139"],
    ["SO2", "SO4", "MON", "MON", "0.115987"], ["NOx", "SO4", "CHN", "MON", "-0.012266"], ["SO2", "NO3", "CHN", "CHN", "-0.06791"],
  ] as const)("%s -> %s from %s to %s is %s ug/m3 per 20 %% of the base emission", (precursor, component, s, r, value) => {
    expect(TM5_FASST_COEFFICIENTS.find((c) => c.precursor === precursor && c.component === component && c.sourceRegion === s && c.receptorRegion === r)!.perTwentyPercent).toBe(value);
  });

  it("keeps the base emissions in kg/yr as distributed (China's SO2 is 18.6 Mt)", () => {
    expect(TM5_FASST_BASE_EMISSIONS.find((b) => b.region === "CHN" && b.precursor === "SO2")!.emission).toBe("18614052960");
  });
});

describe("every built-in impacts row cites a publication the entry knows", () => {
  it("intake fractions, functions, VSL sets and the TM5-FASST table", () => {
    const ids = [
      ...BUILTIN_INTAKE_FRACTIONS.map((f) => f.source.id), ...BUILTIN_CRFS.flatMap((f) => f.endpoints.map((e) => e.source.id)),
      ...BUILTIN_VSL_PARAMETERS.map((v) => v.source.id), "VanDingenen2018-TM5-FASST",
    ];
    for (const id of ids) expect(impactsCitation(id), id).toBeDefined();
  });
});
