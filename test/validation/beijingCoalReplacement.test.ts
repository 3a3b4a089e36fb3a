import { describe, expect, it } from "vitest";
import { toDec, type Species } from "../../src/index.js";
import { CHINA_RAW_COAL_NCV, reproduce, toleranceBand, type CoalReplacement } from "./coalReplacement.js";

// Published Beijing coal-replacement figures, reproduced from their published inputs (tonnes of
// coal replaced) with the built-in EMEP/EEA 2019 Tier 1 rows. Each published reduction is compared
// with a band: the coal factor's published 95% interval (EMEP/EEA 2019 1.A.4 Table 3-3, household
// stoves; Table 3-7, commercial/institutional boilers), with China's raw-coal NCV from the built-in
// national table (netCalorificValue: { country: CN }, GB/T 2589 Appendix A, 5000 kcal/kg = 20.934 GJ/t)
// at the low end and the IPCC 2006 default (25.8 GJ/t, Vol. 2 Table 1.2) at the high end.
// A figure outside its band is asserted as outside: the test records the verdict of
// docs/validation.md, match or not, and fails if a data change moves it.

const inBand = (c: Omit<CoalReplacement, "ncv">, species: Species, published: number) => {
  const b = toleranceBand(c, species);
  return { ...b, verdict: b.low.lte(published) && b.high.gte(published) ? "within" : b.high.lt(published) ? "above" : "below" };
};

describe("Beijing household coal to clean energy, 2016: 75,000 households, 225,000 t/yr of coal (Beijing EPB via China Daily, 9 Nov 2016)", () => {
  const c = { sector: "1.A.4.b.i", coal: "225000", to: "electricity" } as const;

  it("Beijing households 2016 (Beijing EPB via China Daily, 9 Nov 2016): 'smoke and dust' 2,250 t/yr is reproduced as TSP within the 95% interval of EMEP/EEA 2019 1.A.4 Table 3-3 (80-600 g/GJ)", () => {
    const b = inBand(c, "TSP", 2250);
    // central: 225,000 t x 25.8 GJ/t x 444 g/GJ = 2,577.42 t
    expect(b.central.toString()).toBe("2577.42");
    // band: 225,000 x 20.934 x 80 g/GJ = 376.812 t to 225,000 x 25.8 x 600 g/GJ = 3,483 t
    expect([b.low.toString(), b.high.toString()]).toEqual(["376.812", "3483"]);
    expect(b.verdict).toBe("within");
  });

  it("Beijing households 2016 (Beijing EPB via China Daily, 9 Nov 2016): SO2 1,530 t/yr is reproduced within the interval (300-1000 g/GJ), near its low end (6.8 kg SO2 per t of coal against 23.2 kg/t for the EMEP/EEA default)", () => {
    const b = inBand(c, "SO2", 1530);
    expect(b.central.toString()).toBe("5224.5"); // 225,000 x 25.8 x 900 g/GJ
    expect(b.low.toString()).toBe("1413.045"); // 225,000 x 20.934 x 300 g/GJ
    expect(b.verdict).toBe("within");
  });

  it("Beijing households 2016 (Beijing EPB via China Daily, 9 Nov 2016): NOx 450 t/yr is reproduced within the interval (36-200 g/GJ)", () => {
    const b = inBand(c, "NOx", 450);
    expect(b.central.toString()).toBe("638.55"); // 225,000 x 25.8 x 110 g/GJ
    expect(b.verdict).toBe("within");
  });

  it("Beijing households 2016 (Beijing EPB via China Daily, 9 Nov 2016): what the publication does not report, CO2, rises with the replacing electricity at equal energy and the national grid factor", () => {
    // coal: 225,000 t x 25.8 GJ/t = 5,805 TJ x 94.6 t CO2/TJ (IPCC 2006 Vol. 2 Table 1.4, other bituminous coal) = 549,153 t CO2;
    // electricity at equal energy: 5,805,000 GJ = 1,612,500 MWh x 0.5366 t/MWh (MEE/NBS 2022) = 865,267.5 t CO2
    const r = reproduce(c, "CO2");
    expect(r.coalEmissions.toString()).toBe("549153");
    expect(r.reduction.toString()).toBe("-316114.5");
  });
});

describe("Beijing household coal to clean energy, 2013 to January 2018: 974,000 households, 2.9 Mt of coal per heating season (Xinhua, 29 Jan 2018)", () => {
  it("Beijing households 2013-2018 (Xinhua, 29 Jan 2018): SO2 14,000 t is NOT reproduced, being below the band of EMEP/EEA 2019 1.A.4 Table 3-3 (18,213-74,820 t)", () => {
    const b = inBand({ sector: "1.A.4.b.i", coal: "2900000", to: "electricity" }, "SO2", 14000);
    expect(b.central.toString()).toBe("67338"); // 2,900,000 t x 25.8 GJ/t x 900 g/GJ
    expect(b.low.toString()).toBe("18212.58"); // 2,900,000 x 20.934 x 300 g/GJ
    expect(b.verdict).toBe("below");
    // what the publication implies: 14,000 t / 2.9 Mt = 4.83 kg SO2 per t of coal, 0.24% sulphur if none is retained in the ash
    expect(toDec("14000").div("2900000").times(1000).toFixed(2)).toBe("4.83");
  });
});

describe("Beijing coal-fired boilers replaced by gas, 2016: 2 Mt/yr of coal (Beijing EPB via ecns.cn, 27 Oct 2016)", () => {
  const c = { sector: "1.A.4.a.i", coal: "2000000", to: "naturalGas" } as const;

  it("Beijing coal boilers 2016 (Beijing EPB via ecns.cn, 27 Oct 2016): NOx 5,000 t/yr is reproduced net of the replacing gas (equal fuel energy) within the interval of EMEP/EEA 2019 1.A.4 Table 3-7 (150-200 g/GJ)", () => {
    const b = inBand(c, "NOx", 5000);
    // coal 2,000,000 t x 25.8 GJ/t x 173 g/GJ = 8,926.8 t, less gas 51.6 PJ x 74 g/GJ (Table 3-8) = 3,818.4 t
    expect(b.central.toString()).toBe("5108.4");
    expect(b.verdict).toBe("within");
  });

  it("Beijing coal boilers 2016 (Beijing EPB via ecns.cn, 27 Oct 2016): SO2 16,000 t/yr is NOT reproduced, being below the band (450-1000 g/GJ gives 18,813-51,565 t)", () => {
    const b = inBand(c, "SO2", 16000);
    expect(b.verdict).toBe("below");
    expect(b.low.round().toString()).toBe("18813");
  });

  it("Beijing coal boilers 2016 (Beijing EPB via ecns.cn, 27 Oct 2016): 'dust' 30,000 t/yr is NOT reproduced, being above the TSP band (70-250 g/GJ gives 2,898-12,860 t)", () => {
    const b = inBand(c, "TSP", 30000);
    expect(b.verdict).toBe("above");
    expect(b.high.round().toString()).toBe("12860");
  });
});

describe("Beijing coal boilers to gas, 2015-2016 heating season: 1.47 Mt of coal (Xinhua, 5 Nov 2015)", () => {
  const c = { sector: "1.A.4.a.i", coal: "1470000", to: "naturalGas" } as const;

  it("Beijing coal boilers 2015-16 (Xinhua, 5 Nov 2015): NOx 4,300 t is reproduced net of the replacing gas within the interval of EMEP/EEA 2019 1.A.4 Table 3-7", () => {
    const b = inBand(c, "NOx", 4300);
    expect(b.central.round().toString()).toBe("3755"); // 1,470,000 x 25.8 x (173 - 74) g/GJ = 3,754.674 t
    expect(b.verdict).toBe("within");
  });

  it("Beijing coal boilers 2015-16 (Xinhua, 5 Nov 2015): SO2 12,500 t is NOT reproduced, being just below the band (13,827-37,901 t)", () => {
    expect(inBand(c, "SO2", 12500).verdict).toBe("below");
  });
});

describe("Beijing coal boilers eliminated in 2017: 4,453 boilers, 3 Mt of coal (Beijing EPB via ecns.cn, 15 Nov 2017)", () => {
  const c = { sector: "1.A.4.a.i", coal: "3000000", to: "naturalGas" } as const;

  it("Beijing coal boilers 2017 (Beijing EPB via ecns.cn, 15 Nov 2017): 'smoke' 5,500 t is reproduced as TSP within the interval of EMEP/EEA 2019 1.A.4 Table 3-7 (70-250 g/GJ), near its low end", () => {
    const b = inBand(c, "TSP", 5500);
    expect(b.verdict).toBe("within");
    expect(b.low.round().toString()).toBe("4347");
  });

  it("Beijing coal boilers 2017 (Beijing EPB via ecns.cn, 15 Nov 2017): SO2 6,600 t is NOT reproduced, a quarter of the band's low end (28,219 t), as the publication implies 2.2 kg SO2 per t of coal", () => {
    const b = inBand(c, "SO2", 6600);
    expect(b.verdict).toBe("below");
    expect(b.low.round().toString()).toBe("28219");
  });
});

describe("the tolerance band", () => {
  it("the Beijing tolerance band uses China's built-in raw-coal NCV (GB/T 2589 Appendix A, 5000 kcal/kg = 20.934 GJ/t) at its low end and the IPCC 2006 default at its high end", () => {
    const china = reproduce({ sector: "1.A.4.b.i", coal: "1000", to: "electricity", ncv: CHINA_RAW_COAL_NCV }, "NOx");
    const ipcc = reproduce({ sector: "1.A.4.b.i", coal: "1000", to: "electricity" }, "NOx");
    expect(china.coalEmissions.toString()).toBe("2.30274"); // 1000 t x 5000 kcal/kg x 4.1868 kJ/kcal = 20,934 GJ x 110 g/GJ
    expect(ipcc.coalEmissions.toString()).toBe("2.838"); // 1000 t x 25.8 GJ/t x 110 g/GJ
  });

  it("China's built-in NCV raises the band's low end by 0.124% against the 20.908 GJ/t an analyst would type from the table's kJ/kg column, and moves no verdict", () => {
    const typed = (coal: string) => toDec(coal).times("20.908").times("300").div("1000000"); // t x GJ/t x g/GJ -> t
    const b = inBand({ sector: "1.A.4.b.i", coal: "2900000", to: "electricity" }, "SO2", 14000);
    expect(b.low.div(typed("2900000")).minus(1).times(100).toFixed(3)).toBe("0.124"); // 20.934 / 20.908 - 1
    // the closest verdict, case 4's SO2 (12,500 t published), stays below the band with either value
    const boilers = inBand({ sector: "1.A.4.a.i", coal: "1470000", to: "naturalGas" }, "SO2", 12500);
    expect(boilers.verdict).toBe("below");
    expect(boilers.low.times("20.908").div("20.934").gt(12500)).toBe(true);
  });
});
