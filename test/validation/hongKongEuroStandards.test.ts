import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario, toDec, type Dec, type Scenario, type Species } from "../../src/index.js";

// Hong Kong EPD, "Cleaning the Air at Street Level" (epd.gov.hk, Progress of Vehicle Emissions
// Control Measures; also the EPD press release on the Air Pollution Control (Vehicle Design
// Standards) (Emission) (Amendment) Regulation 2020, 24 April 2020): "Compared with their Euro V
// counterparts, Euro VI heavy duty diesel vehicles emit about 80 per cent less nitrogen oxides
// (NOx) and 50 per cent less respirable suspended particulates (RSP or PM10), while Euro 6 light
// duty diesel vehicles emit about 55 per cent less NOx."
// Reproduced with a standardUpgrade of the same vehicle-km from the Euro V to the Euro VI class of
// the built-in EMEP/EEA 2019 Tier 2 rows (1.A.3.b.i-iv Tables 3-17 to 3-24). The publication names
// no weight class, so every diesel heavy-duty class is computed. Those tables publish no 95%
// interval: the tolerance is the publication's own rounding ("about 80 per cent": +-5 points).

const VKM = "1000000";

/** The share of a species' emissions that the upgrade removes, from the scenario's baseline and reduction. */
function relativeCut(sector: string, from: string, to: string, species: Species): Dec {
  const scenario: Scenario = {
    name: `validation: ${from} to ${to}`,
    years: { start: 2020, end: 2020 },
    species: [species],
    metrics: [],
    baseline: [{ id: "fleet", sector, fuel: "gasDieselOil", technology: from, unit: "vkm", level: { kind: "constant", value: VKM } }],
    measures: [{ id: "upgrade", kind: "standardUpgrade", target: { activityIds: ["fleet"] }, penetration: { kind: "constant", value: "1" }, to: { technology: to } }],
  };
  const [row] = evaluateScenario(compileScenario(scenario)).emissions.filter((r) => r.species === species);
  return toDec(row!.reduction).div(row!.baseline);
}

const HEAVY_DUTY = [
  ["1.A.3.b.iii", "Diesel <=7.5 t - Euro V - 2008", "Diesel <=7.5 t - Euro VI"],
  ["1.A.3.b.iii", "Diesel 7.5 - 16 t - Euro V - 2008", "Diesel 7.5 - 16 t - Euro VI"],
  ["1.A.3.b.iii", "Diesel 16 - 32 t - Euro V - 2008", "Diesel 16 - 32 t - Euro VI"],
  ["1.A.3.b.iii", "Diesel >32 t - Euro V - 2008", "Diesel >32 t - Euro VI"],
  ["1.A.3.b.iii", "Urban Buses Standard - Euro V - 2008", "Urban Buses Standard - Euro VI"],
  ["1.A.3.b.iii", "Coaches Standard - Euro V - 2008", "Coaches Standard - Euro VI"],
] as const;

describe("Hong Kong EPD: Euro VI heavy-duty diesel vehicles against Euro V", () => {
  it("Hong Kong (EPD, Cleaning the Air at Street Level): 'about 80 per cent less NOx' is reproduced for every diesel truck and bus class (80.6% to 80.7%, EMEP/EEA 2019 Tables 3-21 and 3-23)", () => {
    for (const [sector, from, to] of HEAVY_DUTY) {
      const cut = relativeCut(sector, from, to, "NOx");
      // e.g. 16 - 32 t: 1 - 0.422 / 2.18 g/km = 0.8064
      expect(cut.toNumber(), from).toBeGreaterThanOrEqual(0.75);
      expect(cut.toNumber(), from).toBeLessThanOrEqual(0.85);
    }
    expect(relativeCut(...HEAVY_DUTY[2], "NOx").toFixed(4)).toBe("0.8064");
  });

  it("Hong Kong (EPD, Cleaning the Air at Street Level): 'about 50 per cent less RSP' is NOT reproduced, as the EMEP/EEA exhaust PM2.5 (= PM10) rows give 95% less (Tables 3-22 and 3-24)", () => {
    for (const [sector, from, to] of HEAVY_DUTY) {
      const cut = relativeCut(sector, from, to, "PM2.5");
      expect(cut.toNumber(), from).toBeGreaterThan(0.94);
      expect(cut.toNumber(), from).toBeLessThan(0.96);
    }
    // 16 - 32 t: 1 - 0.0012 / 0.0239 g/km = 0.9498
    expect(relativeCut(...HEAVY_DUTY[2], "PM2.5").toFixed(4)).toBe("0.9498");
  });
});

describe("Hong Kong EPD: Euro 6 light-duty diesel vehicles against Euro 5, 'about 55 per cent less NOx'", () => {
  it("Hong Kong (EPD, Cleaning the Air at Street Level): 'about 55 per cent less NOx' is reproduced only by the Euro 6 2018-2020 light commercial vehicle class (57%), not by Euro 6 up to 2016/2017 (17-18%) nor 2020+ (69-78%) (EMEP/EEA 2019 Tables 3-17 and 3-19)", () => {
    const cars = (to: string) => relativeCut("1.A.3.b.i", "Diesel Medium - Euro 5 – EC 715/2007", to, "NOx").toFixed(3);
    const vans = (to: string) => relativeCut("1.A.3.b.ii", "Diesel - Euro 5 – EC 715/2007", to, "NOx").toFixed(3);
    // cars: 1 - 0.45 / 0.55, 1 - 0.35 / 0.55, 1 - 0.17 / 0.55
    expect([cars("Diesel Medium - Euro 6 up to 2016"), cars("Diesel Medium - Euro 6 2017-2019"), cars("Diesel Medium - Euro 6 2020+")]).toEqual(["0.182", "0.364", "0.691"]);
    // vans: 1 - 0.96 / 1.15, 1 - 0.496 / 1.15, 1 - 0.248 / 1.15
    expect([vans("Diesel - Euro 6 up to 2017"), vans("Diesel - Euro 6 2018-2020"), vans("Diesel - Euro 6 2021+")]).toEqual(["0.165", "0.569", "0.784"]);
  });
});
