import { describe, expect, it } from "vitest";
import { BUILTIN_CRFS, computeHealth, relativeRisk, type CrfEndpoint, type ExposureResult, type HealthSection, type UserCrf } from "../../src/impacts.js";
import { Dec } from "../../src/units/decimal.js";

/*
 * Checks against the figures printed by the GEMM calculator of Burnett et al. 2018 (PNAS 115:9592,
 * doi:10.1073/pnas.1803222115): the workbook "GEMM Calculator (PNAS)_ab.xlsx" the authors
 * distributed with the paper's data (github.com/mszyszkowicz/DataGEMM, "GEMM Calculator
 * (PNAS)_ab.zip", commit c0640d8; M. Szyszkowicz is an author). Its global NCD+LRI total,
 * 8,914,675 deaths [7,453,865 - 10,293,599] (sheet "Burden_YesCN_NCD+LRI", cells AN12:AP12), is the
 * "8.9 million [95% CI: 7.5-10.3]" of the paper's abstract, so the workbook is the calculation
 * behind the published numbers. Every value below was read in the workbook's stored cell values and
 * compared with this file a second time.
 *
 * The workbook's "Alternative 2: Use all-age risk function" columns (AS, AT, AU of each "Burden_"
 * sheet) apply the 25+ parameter row of sheet "GEMM fit parameters" (rows 11 and 32) to the
 * country's 2015 population-weighted PM2.5 (sheet "GBD 2015 assessment", column E, from the State
 * of Global Air 2017) and its deaths over 25 (sheets "IHD/Stroke/COPD/LC baseline", column Q, GBD
 * 2015): deaths = (1 - 1/HR(C)) x M0. That is the library's avoided(S) = M0 (1 - RR(C0 - dC)/RR(C0))
 * with dC = C0 - 2.4 (down to the counterfactual, where RR = 1).
 */

const WORKBOOK = "GEMM Calculator (PNAS)_ab.xlsx (Burnett et al. 2018 data, github.com/mszyszkowicz/DataGEMM)";

/** Sheet "GBD 2015 assessment", column E (exposure, ug/m3), rows 45, 122, 167, 95. */
const EXPOSURE_2015 = { China: "58", Mongolia: "24", "South Korea": "29", Japan: "13" } as const;
type Country = keyof typeof EXPOSURE_2015;
type Cause = "ihd" | "stroke" | "copd" | "lc";

/** Sheets "IHD baseline", "Stroke baseline", "COPD baseline", "LC baseline", column Q ("over 25"), deaths in 2015. */
const DEATHS_25_PLUS: Record<Cause, Record<Country, string>> = {
  ihd: { China: "1457720.909486135", Mongolia: "4414.7757658591818", "South Korea": "30015.68470338274", Japan: "163203.61818139558" },
  stroke: { China: "1889894.9327501366", Mongolia: "3636.3848351794159", "South Korea": "44065.190549885316", Japan: "170768.96905137922" },
  copd: { China: "910538.52101814002", Mongolia: "237.5810785910665", "South Korea": "9517.4903019115518", Japan: "35755.877370460061" },
  lc: { China: "579439.9746626378", Mongolia: "484.11206804048612", "South Korea": "20890.195287960993", Japan: "78370.531849993858" },
};

/**
 * Sheets "Burden_YesCN_<cause>" (with the Chinese cohort) and "Burden_NoCN_<cause>" (without),
 * cause IHD, CeVD (stroke), COPD, LC; rows 49 (China), 126 (Mongolia), 171 (South Korea), 99 (Japan);
 * columns AS (deaths), AT and AU (its 95% CI: theta -/+ 2 SE).
 */
const ATTRIBUTABLE: Record<"GEMM-Burnett2018-with-China" | "GEMM-Burnett2018-without-China", Record<Cause, Record<Country, readonly [string, string, string]>>> = {
  "GEMM-Burnett2018-with-China": {
    ihd: { China: ["773694.40811275609", "708466.92456698394", "833243.41053550399"], Mongolia: ["1507.512158909298", "1357.5764106073561", "1650.0945337453447"], "South Korea": ["11334.811559630083", "10237.38322474493", "12371.347458857417"], Japan: ["39212.909219755194", "35042.868545440157", "43247.266861044591"] },
    stroke: { China: ["770720.07991338894", "384413.56564754155", "1057900.343781705"], Mongolia: ["732.9246559031568", "338.46340359189253", "1080.2047722162631"], "South Korea": ["10534.289523094543", "4927.4155825816379", "15337.923233137892"], Japan: ["19040.323331821812", "8541.4469578666885", "28859.744064137707"] },
    copd: { China: ["344820.99463363254", "179450.14969757362", "472785.25860401685"], Mongolia: ["50.129303030560564", "24.598254671413358", "72.599849052847901"], "South Korea": ["2308.2213362577154", "1144.358960597059", "3310.3072421292559"], Japan: ["4567.6975617918379", "2184.2738443627682", "6781.9095639572188"] },
    lc: { China: ["247925.16177922295", "160799.80378824371", "316918.41364860925"], Mongolia: ["112.93504938948819", "69.35898964628548", "151.93278751999787"], "South Korea": ["5633.305738874541", "3492.3019583702871", "7510.8352526216213"], Japan: ["10905.023719306879", "6545.8685110279685", "14999.614734083241"] },
  },
  "GEMM-Burnett2018-without-China": {
    ihd: { China: ["682033.76108893729", "483691.29628532776", "839987.58389315754"], Mongolia: ["1437.4735686682691", "982.59728237746549", "1832.0638188961077"], "South Korea": ["10747.190082477875", "7404.4866216184355", "13595.728378500111"], Japan: ["36226.064827134731", "24186.776692408275", "47222.713399355729"] },
    stroke: { China: ["632164.08597576013", "75215.671030735248", "1018177.8661050046"], Mongolia: ["582.2011365604551", "62.73004649457836", "1026.1612359540795"], "South Korea": ["8629.5770752893859", "947.5139034872717", "14942.965050152567"], Japan: ["13253.550645826988", "1370.4012432400466", "24303.108350731261"] },
    copd: { China: ["325415.38440704072", "133316.73874072431", "470034.80276876054"], Mongolia: ["48.785246634851468", "18.766142134761605", "74.68604618930398"], "South Korea": ["2272.2909759509321", "885.51885920426639", "3436.2707773441002"], Japan: ["4099.6584200965826", "1525.3456681882913", "6480.3695592026443"] },
    lc: { China: ["244727.28152909048", "114766.87055448197", "338340.18654441723"], Mongolia: ["106.3032147099305", "45.94616336378494", "158.34612383661425"], "South Korea": ["5464.5996970512078", "2398.7272234783509", "8022.1526585423853"], Japan: ["9073.1879627091785", "3784.021522203549", "13987.282804980399"] },
  },
};

/** Sheet "GEMM fit parameters", row 11 (with) and row 32 (without the Chinese cohort), age group 25+: theta, se, alpha, mu, nu. */
const WORKBOOK_PARAMETERS = {
  "GEMM-Burnett2018-with-China": { ihd: ["0.2969", "0.01787", "1.9", "12", "40.2"], stroke: ["0.272", "0.07697", "6.2", "16.7", "23.7"], copd: ["0.251", "0.06762", "6.5", "2.5", "32"], lc: ["0.2942", "0.06147", "6.2", "9.3", "29.8"] },
  "GEMM-Burnett2018-without-China": { ihd: ["0.2543", "0.04589", "4.9", "-21.1", "17.7"], stroke: ["0.1873", "0.08431", "6.2", "14.5", "14.4"], copd: ["0.2095", "0.06725", "7.2", "2", "14.7"], lc: ["0.2626", "0.07849", "6.7", "11", "16.5"] },
} as const;

const CAUSES: readonly Cause[] = ["ihd", "stroke", "copd", "lc"];
const COUNTRIES = Object.keys(EXPOSURE_2015) as Country[];
const FUNCTIONS = Object.keys(ATTRIBUTABLE) as (keyof typeof ATTRIBUTABLE)[];

const endpointOf = (fn: string, cause: Cause): CrfEndpoint => BUILTIN_CRFS.find((f) => f.name === fn)!.endpoints.find((e) => e.endpoint === cause)!;

/** The whole exposure above the counterfactual removed in 2015: one "measure" of dC = C0 - 2.4 ug/m3. */
function toCounterfactual(country: Country): ExposureResult {
  const dC = new Dec(EXPOSURE_2015[country]).minus("2.4").toString();
  return { rows: [{ year: 2015, measure: "to-counterfactual", primary: dC, secondary: "0", total: dC }], totals: [{ year: 2015, total: dC }], intakeFractions: [], secondaryCoefficients: [] };
}

function healthSection(country: Country): HealthSection {
  const source = { id: "Burnett2018-GEMM", table: WORKBOOK };
  return {
    baselineConcentration: { values: [{ year: 2015, value: EXPOSURE_2015[country] }], unit: "ug/m3", source },
    baselineDeaths: CAUSES.map((endpoint) => ({ endpoint, values: [{ year: 2015, value: DEATHS_25_PLUS[endpoint][country] }], unit: "death/yr" as const, source })),
    functions: [...FUNCTIONS],
  };
}

describe("GEMM against the authors' calculator (Burnett et al. 2018, GEMM Calculator (PNAS)_ab.xlsx)", () => {
  it.each(FUNCTIONS.flatMap((fn) => CAUSES.map((cause) => [fn, cause] as const)))("%s %s: the built-in parameters are the calculator's 25+ row (theta, its SE, alpha, mu, nu)", (fn, cause) => {
    const e = endpointOf(fn, cause);
    if (e.family !== "gemm") throw new Error("not gemm");
    // "GEMM fit parameters" rows 11 / 32
    expect([e.theta, e.thetaSe, e.alpha, e.mu, e.nu]).toEqual([...WORKBOOK_PARAMETERS[fn][cause]]);
    expect(e.counterfactual).toBe("2.4"); // every burden formula of the workbook subtracts 2.4
  });

  it.each(COUNTRIES)("%s, 2015: the health step gives the calculator's attributable deaths for every cause with and without the Chinese cohort, to the 6 decimals it keeps", (country) => {
    const h = computeHealth(toCounterfactual(country), healthSection(country));
    expect(h.totals).toHaveLength(FUNCTIONS.length * CAUSES.length);
    for (const fn of FUNCTIONS) for (const cause of CAUSES) {
      const ours = h.totals.find((t) => t.function === fn && t.endpoint === cause)!;
      const [published] = ATTRIBUTABLE[fn][cause][country];
      // columns AS of "Burden_YesCN_*" / "Burden_NoCN_*": (1 - 1/HR(C)) x deaths over 25
      expect(Math.abs(Number(ours.avoidedDeaths) - Number(published)), `${fn} ${cause}`).toBeLessThanOrEqual(1e-6);
      // and the one measure's Shapley share is the whole
      expect(h.rows.find((r) => r.function === fn && r.endpoint === cause)!.avoidedDeaths).toBe(ours.avoidedDeaths);
    }
  });

  it("reproduces the calculator's 95% interval when theta is moved by two standard errors, which is what the calculator does (columns AT, AU)", () => {
    for (const fn of FUNCTIONS) for (const cause of CAUSES) for (const country of COUNTRIES) {
      const e = endpointOf(fn, cause);
      if (e.family !== "gemm") throw new Error("not gemm");
      const c0 = Number(EXPOSURE_2015[country]);
      const m0 = Number(DEATHS_25_PLUS[cause][country]);
      const [, low, high] = ATTRIBUTABLE[fn][cause][country];
      const shifted = (k: number) => ({ ...e, theta: new Dec(e.theta).plus(new Dec(e.thetaSe).times(k)).toString() });
      expect(m0 * (1 - 1 / relativeRisk(shifted(-2), c0, "central"))).toBeCloseTo(Number(low), 6);
      expect(m0 * (1 - 1 / relativeRisk(shifted(2), c0, "central"))).toBeCloseTo(Number(high), 6);
    }
  });

  it("gives low and high bounds (theta -/+ one SE) strictly inside the calculator's 95% interval (theta -/+ two SE): they are not a 95% interval", () => {
    for (const country of COUNTRIES) {
      const h = computeHealth(toCounterfactual(country), healthSection(country));
      for (const t of h.totals) {
        const [central, low95, high95] = ATTRIBUTABLE[t.function as keyof typeof ATTRIBUTABLE][t.endpoint as Cause][country];
        expect(Number(t.avoidedDeathsLow)).toBeGreaterThan(Number(low95));
        expect(Number(t.avoidedDeathsLow)).toBeLessThan(Number(central));
        expect(Number(t.avoidedDeathsHigh)).toBeLessThan(Number(high95));
        expect(Number(t.avoidedDeathsHigh)).toBeGreaterThan(Number(central));
      }
    }
  });

  it("prints the hazard ratio the calculator implies, HR = 1 / (1 - deaths / M0): China, IHD with the Chinese cohort, 58 ug/m3 -> 2.1311 (to the digits the workbook's stored values carry)", () => {
    const [published] = ATTRIBUTABLE["GEMM-Burnett2018-with-China"].ihd.China;
    const implied = 1 / (1 - Number(published) / Number(DEATHS_25_PLUS.ihd.China));
    const ours = relativeRisk(endpointOf("GEMM-Burnett2018-with-China", "ihd"), 58, "central");
    expect(ours).toBeCloseTo(implied, 12);
    expect(ours.toFixed(4)).toBe("2.1311");
  });
});

/*
 * The paper's own method for NCD+LRI (non-communicable diseases and lower respiratory infections),
 * age by age, which is not built in: one GEMM per age group, defined in the scenario (`family: gemm`).
 * Sheet "GEMM fit parameters", rows 12-23 (with the Chinese cohort): theta, se by age; alpha 1.6,
 * mu 15.5, nu 36.8 in every row. Deaths over 25 by age group: sheet "NCD+ LRI baseline" (NCD plus LRI
 * baselines, GBD 2015), row 45 (China) and 122 (Mongolia), columns C-N. Published: sheet
 * "Burden_YesCN_NCD+LRI", the age cells C, F, ..., AJ and their total AN of row 49 (China) and
 * 126 (Mongolia).
 */
const AGES = ["25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80+"] as const;
const NCD_LRI_THETA = ["0.1585", "0.1577", "0.157", "0.1558", "0.1532", "0.1499", "0.1462", "0.1421", "0.1374", "0.1319", "0.1253", "0.1141"] as const;
const NCD_LRI_SE = ["0.01477", "0.0147", "0.01463", "0.0145", "0.01425", "0.01394", "0.01361", "0.01325", "0.01284", "0.01234", "0.01174", "0.01071"] as const;
const NCD_LRI = {
  China: {
    deaths: ["46941.841415682298", "53928.221638864699", "72836.054992279896", "162090.9947413597", "307106.71270882571", "414560.47683033277", "504016.65864842455", "903757.26483801508", "975595.85914325295", "1020976.404632264", "1216706.6870200741", "2602888.3437042651"],
    published: ["16228.436782629426", "18568.094577672993", "24988.717439962642", "55267.9218973432", "103300.41805664137", "137003.64117962791", "163208.79184163144", "285908.54906191526", "300192.32173248526", "303674.47012982238", "346657.73440941196", "684963.30070162425"],
    total: "2439962.3978107679",
  },
  Mongolia: {
    deaths: ["231.80316102086098", "335.08830247801296", "514.29856483988897", "828.21138460061502", "1199.0967827118309", "1703.108602897302", "1711.9423734586449", "1651.217422685909", "1571.6955451817469", "1780.7097605147351", "1769.9957444263571", "2926.691187582192"],
    published: ["47.526567851254931", "68.394422841266476", "104.55778923262463", "167.22957076168035", "238.50874063717433", "332.22685015713353", "326.54937010918036", "307.01155532826601", "283.49095195722055", "309.52432000868311", "293.62329971085433", "445.60377881856101"],
    total: "2924.2472174138993",
  },
} as const;

describe("the paper's age-specific NCD+LRI method, with GEMM functions defined in the scenario (Burnett et al. 2018 calculator)", () => {
  it.each(["China", "Mongolia"] as const)("%s, 2015: twelve age groups, each with its own GEMM, give the calculator's deaths per age group and its total", (country) => {
    const source = { id: "Burnett2018-GEMM", table: `${WORKBOOK}, sheet "GEMM fit parameters" rows 12-23` };
    let total = new Dec(0);
    AGES.forEach((age, i) => {
      const fn: UserCrf = { name: `GEMM-NCD+LRI-${age}`, family: "gemm", endpoint: "ncd+lri", theta: NCD_LRI_THETA[i]!, thetaSe: NCD_LRI_SE[i]!, alpha: "1.6", mu: "15.5", nu: "36.8", counterfactual: "2.4", source };
      const section: HealthSection = {
        baselineConcentration: { values: [{ year: 2015, value: EXPOSURE_2015[country] }], unit: "ug/m3", source },
        baselineDeaths: [{ endpoint: "ncd+lri", values: [{ year: 2015, value: NCD_LRI[country].deaths[i]! }], unit: "death/yr", source }],
        functions: [fn],
      };
      const [t] = computeHealth(toCounterfactual(country), section).totals;
      expect(Math.abs(Number(t!.avoidedDeaths) - Number(NCD_LRI[country].published[i])), age).toBeLessThanOrEqual(1e-6);
      total = total.plus(t!.avoidedDeaths);
    });
    // column AN: 2,439,962 for China, 2,924 for Mongolia; twelve values each rounded to 6 decimals
    expect(total.minus(NCD_LRI[country].total).abs().toNumber()).toBeLessThanOrEqual(12 * 5e-7);
  });
});
