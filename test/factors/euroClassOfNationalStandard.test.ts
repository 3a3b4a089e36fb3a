import { describe, expect, it } from "vitest";
import { NATIONAL_STANDARDS, UNMAPPED_NATIONAL_STANDARDS, UnknownNationalStandardError, euroClassOfNationalStandard, getCitation, lookupFactor, createFactorSet } from "../../src/index.js";
import { thrown } from "../fixtures/thrown.js";

describe("euroClassOfNationalStandard", () => {
  it("maps China V (heavy-duty) to Euro V, quoting and citing TransportPolicy.net and DieselNet", () => {
    const v = euroClassOfNationalStandard("China V");
    expect(v).toMatchObject({ euroClass: "Euro V", vehicleClass: "heavyDuty", country: "CN" });
    expect(v.statement).toContain("China V (similar to Euro V)");
    expect(v.sources.map((s) => s.id)).toEqual(["TransportPolicy-China-HD-Emissions", "TransportPolicy-China", "DieselNet-China-HD"]);
  });

  it("lists the built-in Tier 2 technologies of the Euro class, Euro V and not Euro VI, trucks and buses only", () => {
    const v = euroClassOfNationalStandard("China V");
    expect(v.technologies).toEqual([
      "Diesel <=7.5 t - Euro V - 2008", "Diesel 7.5 - 16 t - Euro V - 2008", "Diesel 16 - 32 t - Euro V - 2008", "Diesel >32 t - Euro V - 2008",
      "Urban Buses Standard - Euro V - 2008", "Coaches Standard - Euro V - 2008",
    ]);
    // each of them finds its EMEP/EEA 2019 Table 3-21/3-23 NOx row
    const factors = createFactorSet();
    for (const technology of v.technologies) {
      expect(lookupFactor(factors, { sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology, pollutant: "NOx" }).row.source.id).toBe("EMEP-EEA-2019-1A3bi-iv");
    }
  });

  it("maps China 5 (light-duty) to Euro 5, with the cars' and light commercial vehicles' Euro 5 technologies", () => {
    const v = euroClassOfNationalStandard("China 5");
    expect(v.euroClass).toBe("Euro 5");
    expect(v.technologies).toContain("Diesel Medium - Euro 5 – EC 715/2007");
    expect(v.technologies).toContain("Diesel - Euro 5 – EC 715/2007");
    expect(v.technologies.every((t) => / Euro 5 /.test(t))).toBe(true);
  });

  it("maps China VI-a to Euro VI, citing the ICCT 2018 policy update among its sources", () => {
    const v = euroClassOfNationalStandard("China VI-a");
    expect(v.euroClass).toBe("Euro VI");
    expect(v.sources.map((s) => s.id)).toContain("ICCT-2018-ChinaVI-HDV");
    expect(v.technologies).toContain("Urban Buses Standard - Euro VI");
  });

  it("refuses China 6 with the published reason instead of assuming Euro 6", () => {
    const e = thrown(() => euroClassOfNationalStandard("China 6"), UnknownNationalStandardError);
    expect(e.code).toBe("UNKNOWN_NATIONAL_STANDARD");
    expect(e.reason).toMatch(/more stringent than Euro 6/);
    expect(e.message).toMatch(/not mapped to a Euro class/);
  });

  it("suggests the nearest names for a typo, at the path given", () => {
    const e = thrown(() => euroClassOfNationalStandard("China  V", ["activities", 2, "standard"]), UnknownNationalStandardError);
    expect(e.reason).toBeUndefined();
    expect(e.nearest).toContain("China V");
    expect(e.path).toEqual(["activities", 2, "standard"]);
  });

  it("cites only registered publications, and never maps and refuses the same name", () => {
    for (const r of NATIONAL_STANDARDS) for (const s of r.sources) expect(getCitation(s.id).id).toBe(s.id);
    const mapped = new Set(NATIONAL_STANDARDS.map((r) => r.standard));
    expect(UNMAPPED_NATIONAL_STANDARDS.filter((u) => mapped.has(u.standard))).toEqual([]);
    expect(new Set(NATIONAL_STANDARDS.map((r) => r.standard)).size).toBe(NATIONAL_STANDARDS.length);
  });
});
