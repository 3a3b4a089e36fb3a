import { describe, expect, it } from "vitest";
import { UnknownFactorError, createFactorSet, factorRowSchema, getCitation, getSectorName, lookupFactor } from "../../../src/index.js";
import { EMEP_EEA_2019_MINERAL_DUST_TABLES } from "../../../src/factors/tables/emepEea2019MineralDust.js";
import { thrown } from "../../fixtures/thrown.js";

const rows = EMEP_EEA_2019_MINERAL_DUST_TABLES.flatMap((t) => t.rows);
const set = createFactorSet();

describe("the EMEP/EEA 2019 fugitive dust tables (2.A.5.a, 2.A.5.b)", () => {
  it("are valid rows, each citing a registered chapter of the guidebook", () => {
    for (const r of rows) {
      expect(factorRowSchema.safeParse(r).success).toBe(true);
      expect(getCitation(r.source.id).title).toMatch(/^EMEP\/EEA air pollutant emission inventory guidebook 2019, 2\.A\.5\.[ab] /);
    }
  });

  it("know the quarrying sector", () => {
    expect(getSectorName("2.A.5.a")).toBe("Quarrying and mining of minerals other than coal");
  });

  it("give quarrying 102 g TSP per Mg of mineral, with its interval 50 to 200 (2.A.5.a Table 3-1)", () => {
    const m = lookupFactor(set, { sector: "2.A.5.a", fuel: "none", pollutant: "TSP" });
    expect([m.row.value, m.row.unit, m.row.ci, m.row.source.table]).toEqual(["102", "g/Mg", { lower: "50", upper: "200" }, "Table 3-1"]);
  });

  it("give dry crushing 0.0012 kg PM10 per tonne and wet crushing 0.00027 (2.A.5.a Table 3-2)", () => {
    expect(lookupFactor(set, { sector: "2.A.5.a", fuel: "none", technology: "Crushing, dry", pollutant: "PM10" }).row.value).toBe("0.0012");
    expect(lookupFactor(set, { sector: "2.A.5.a", fuel: "none", technology: "Crushing, wet", pollutant: "PM10" }).row.value).toBe("0.00027");
  });

  it("give house construction 0.086 kg PM10 per m2 and year, 0.009 to 0.3 (2.A.5.b Table 3-1)", () => {
    const m = lookupFactor(set, { sector: "2.A.5.b", fuel: "none", technology: "Construction of houses", pollutant: "PM10" });
    expect([m.row.value, m.row.unit, m.row.ci]).toEqual(["0.086", "kg/m2", { lower: "0.009", upper: "0.3" }]);
    expect(m.row.note).toMatch(/Published as kg\/m2\/year/);
  });

  it("make construction name its type of building: there is no generic row", () => {
    const e = thrown(() => lookupFactor(set, { sector: "2.A.5.b", fuel: "none", pollutant: "PM10" }), UnknownFactorError);
    expect(e.message).toMatch(/name one/);
  });

  it("keep PM2.5 <= PM10 <= TSP in every group", () => {
    const groups = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const k = `${r.sector}|${r.technology ?? ""}`;
      groups.set(k, { ...groups.get(k), [r.pollutant]: Number(r.value) });
    }
    for (const g of groups.values()) {
      expect(g["PM2.5"]!).toBeLessThanOrEqual(g.PM10!);
      expect(g.PM10!).toBeLessThanOrEqual(g.TSP!);
    }
  });

  it("flag the one interval odd as published: road construction PM10, 2.3 (2.3 to 7.0)", () => {
    const flagged = rows.filter((r) => r.flags !== undefined);
    expect(flagged.map((r) => [r.technology, r.pollutant, r.ci, r.flags])).toEqual([["Road construction", "PM10", { lower: "2.3", upper: "7" }, ["intervalAsPublished"]]]);
  });

  it("count 3 + 18 + 12 rows (3 sizes x 1 Tier 1 group, 6 operations, 4 building types)", () => {
    expect(EMEP_EEA_2019_MINERAL_DUST_TABLES.map((t) => t.rows.length)).toEqual([3, 18, 12]);
  });
});
