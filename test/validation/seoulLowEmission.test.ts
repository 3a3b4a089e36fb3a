import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidMeasureError, compileScenario, createFactorSet, evaluateScenario, lookupFactor, toDec, type Scenario } from "../../src/index.js";
import { thrown } from "../fixtures/thrown.js";

// Seoul Metropolitan Government, press release of 21 November 2018, "Seoul's low-emission program
// for older diesel vehicles paid off, reducing 58 tons of ultrafine dust"
// (english.seoul.go.kr): January-October 2018, 29,957 vehicles: early scrapping of 21,986,
// DPFs (and LPG engine retrofits) on 7,372, "devices reducing both fine dust and nitrogen oxides
// to 77 vehicles and 522 construction machinery"; in all 57.64 t PM2.5 and 702.45 t NOx. "The
// amount of reduced NOx per full-size diesel vehicle was 500.26kg a year; and that per
// engine-changed construction machinery stood at 288.73kg a year".
// The two per-unit figures are Seoul's own measurements: a measuredReduction (user-measured, with
// its source) on rows given as stock x intensity reproduces their totals, which checks the
// library's arithmetic and labelling, not its data. The press release publishes neither km per
// vehicle, fuel per machine, vehicle classes nor engine stages: the tests hold for every class and
// every activity the built-in factors admit, and find the least activity they admit.

const SOURCE = "Seoul Metropolitan Government, press release of 21 November 2018, 'Seoul's low-emission program for older diesel vehicles paid off, reducing 58 tons of ultrafine dust'";
const set = createFactorSet();
/** A built-in NOx factor's value [g/km or g/t fuel]. */
const nox = (sector: string, technology?: string) => toDec(lookupFactor(set, { sector, fuel: "gasDieselOil", ...(technology === undefined ? {} : { technology }), pollutant: "NOx" }).row.value);

/** Heavy diesel classes that a Seoul "full-size" (대형) diesel vehicle of before 2005 may be in (EMEP/EEA 2019 Tables 3-21 and 3-23): the release names none. */
const HEAVY_CLASSES = ["Diesel 16 - 32 t - Conventional", "Diesel 16 - 32 t - Euro III - 2000", "Diesel >32 t - Conventional", "Diesel >32 t - Euro I - 91/542/EEC I", "Diesel >32 t - Euro II - 91/542/EEC II", "Diesel >32 t - Euro III - 2000", "Urban Buses Standard - Conventional", "Urban Buses Standard - Euro III - 2000", "Coaches Standard - Euro III - 2000"] as const;

interface Activity {
  /** The vehicles' class, a built-in 1.A.3.b.iii technology. */
  readonly vehicleClass: string;
  /** km per vehicle and year [vkm/vehicle]; not published. */
  readonly kmPerVehicle: string;
  /** Diesel per machine and year [t/vehicle]; not published. */
  readonly fuelPerMachine: string;
  /** How many vehicles and machines the rows count (at least those treated); not published. */
  readonly vehicles: string;
  readonly machines: string;
}

function seoul(a: Activity): Scenario {
  const units = (value: string) => ({ unit: "vehicle", level: { kind: "constant" as const, value } });
  return {
    name: "validation: Seoul low-emission programme 2018, PM-NOx devices and construction-machine engine replacements",
    years: { start: 2018, end: 2018 },
    species: ["NOx"],
    metrics: [],
    baseline: [
      { id: "full-size-diesel", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: a.vehicleClass, unit: "vkm", stock: units(a.vehicles), intensity: { value: a.kmPerVehicle, unit: "vkm/vehicle" } },
      // construction machines are counted in `vehicle`: the library has no `machine` count unit
      { id: "construction-machines", sector: "1.A.2.g.vii", fuel: "gasDieselOil", unit: "t", stock: units(a.machines), intensity: { value: a.fuelPerMachine, unit: "t/vehicle" } },
    ],
    measures: [
      { id: "pm-nox-devices", kind: "measuredReduction", target: { activityIds: ["full-size-diesel"] }, units: units("77"), reductionPerUnit: { NOx: { value: "500.26", unit: "kg/vehicle" } }, source: SOURCE },
      { id: "engine-replacement", kind: "measuredReduction", target: { activityIds: ["construction-machines"] }, units: units("522"), reductionPerUnit: { NOx: { value: "288.73", unit: "kg/vehicle" } }, source: SOURCE },
    ],
  };
}

/** The least activity per unit at which one unit emits the measured cut by the factor [km or t per unit]. */
const least = (kgPerUnit: string, factor: ReturnType<typeof nox>) => toDec(kgPerUnit).times(1000).div(factor);

describe("Seoul low-emission programme for older diesel vehicles, January-October 2018 (Seoul Metropolitan Government, 21 Nov 2018)", () => {
  it("Seoul 2018 (Seoul city press release): 77 PM-NOx devices x 500.26 kg and 522 engine replacements x 288.73 kg give 38.52002 t and 150.71706 t NOx, labelled user-measured with their source", () => {
    // an activity the factors admit: twice the least, in the >32 t Euro III class (not published)
    const a = { vehicleClass: "Diesel >32 t - Euro III - 2000", kmPerVehicle: least("500.26", nox("1.A.3.b.iii", "Diesel >32 t - Euro III - 2000")).times(2).toFixed(0), fuelPerMachine: least("288.73", nox("1.A.2.g.vii")).times(2).toFixed(1), vehicles: "77", machines: "522" };
    const result = evaluateScenario(compileScenario(seoul(a)));
    const byMeasure = (m: string) => result.attribution.find((r) => r.measure === m && r.species === "NOx")!;
    expect([byMeasure("pm-nox-devices").standalone, byMeasure("engine-replacement").standalone]).toEqual(["38.52002", "150.71706"]);
    expect([byMeasure("pm-nox-devices").basis, byMeasure("engine-replacement").basis]).toEqual(["user-measured", "user-measured"]);
    const perUnit = result.perUnit.filter((p) => p.species === "NOx");
    expect(perUnit.map((p) => [p.measure, p.units, p.standalonePerUnit, p.perUnitUnit, p.source])).toEqual([
      ["pm-nox-devices", "77", "0.50026", "t/vehicle", SOURCE],
      ["engine-replacement", "522", "0.28873", "t/vehicle", SOURCE],
    ]);
    // together 189.23708 t of the published 702.45 t; the other 513.21292 t (scrapping and DPFs) need km and classes the release does not publish
    const total = result.emissions.filter((r) => r.species === "NOx").reduce((s, r) => s.plus(r.reduction), toDec(0));
    expect(total.toString()).toBe("189.23708");
    expect(toDec("702.45").minus(total).toString()).toBe("513.21292");
  });

  it("Seoul 2018 (Seoul city press release): the reproduced 189.23708 t does not depend on the unpublished class, km per vehicle, fuel per machine or fleet size, as long as one unit emits at least the measured cut", () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEAVY_CLASSES), fc.integer({ min: 100, max: 500 }), fc.integer({ min: 100, max: 500 }), fc.integer({ min: 77, max: 50000 }), fc.integer({ min: 522, max: 20000 }), (vehicleClass, kmPct, fuelPct, vehicles, machines) => {
        const a = {
          vehicleClass,
          kmPerVehicle: least("500.26", nox("1.A.3.b.iii", vehicleClass)).times(kmPct).div(100).toFixed(0, 0), // rounded up: never below the least
          fuelPerMachine: least("288.73", nox("1.A.2.g.vii")).times(fuelPct).div(100).toFixed(3, 0),
          vehicles: String(vehicles),
          machines: String(machines),
        };
        const total = evaluateScenario(compileScenario(seoul(a))).emissions.filter((r) => r.species === "NOx").reduce((s, r) => s.plus(r.reduction), toDec(0));
        expect(total.toString()).toBe("189.23708");
      }),
      { numRuns: 25 },
    );
  });

  it("Seoul 2018 (Seoul city press release): a full-size diesel vehicle must drive at least 30,319 km a year for the built-in factors to admit a 500.26 kg NOx cut (conventional urban bus, 16.5 g/km), 67,330 km as a >32 t Euro III truck (7.43 g/km)", () => {
    const km = HEAVY_CLASSES.map((c) => least("500.26", nox("1.A.3.b.iii", c)));
    expect(km.reduce((a, b) => (a.lt(b) ? a : b)).toFixed(0)).toBe("30319"); // 500,260 g / 16.5 g/km
    expect(least("500.26", nox("1.A.3.b.iii", "Diesel >32 t - Euro III - 2000")).toFixed(0)).toBe("67330"); // 500,260 g / 7.43 g/km
  });

  it("Seoul 2018 (Seoul city press release): an engine-replaced construction machine must burn at least 8.849 t of diesel a year for the built-in Tier 1 factor (EMEP/EEA 2019 1.A.2.g.vii Table 3-1, 32,629 g/t) to admit a 288.73 kg NOx cut; below it the library refuses the figure", () => {
    const t = least("288.73", nox("1.A.2.g.vii"));
    expect(t.toFixed(3)).toBe("8.849"); // 288,730 g / 32,629 g/t
    const tooLittle = { vehicleClass: "Diesel >32 t - Euro III - 2000", kmPerVehicle: "100000", fuelPerMachine: "8", vehicles: "77", machines: "522" };
    const e = thrown(() => compileScenario(seoul(tooLittle)), InvalidMeasureError);
    expect(e.code).toBe("REDUCTION_EXCEEDS_EMISSION");
    expect(e.path).toEqual(["measures", 1, "reductionPerUnit", "NOx"]);
  });
});
