import { describe, expect, it } from "vitest";
import { citationSchema } from "../../../src/citations/citation.js";
import { GRID_CITATIONS } from "../../../src/citations/gridCitations.js";
import { builtinCitationRegistry } from "../../../src/citations/registry.js";
import { type GridFactorRow, gridFactorRowSchema } from "../../../src/factors/gridFactorRow.js";
import { GRID_ELECTRICITY_FACTORS } from "../../../src/factors/tables/gridElectricity.js";

const rows = GRID_ELECTRICITY_FACTORS;
const citationIds = new Set(GRID_CITATIONS.map((c) => c.id));

const byId = new Map(rows.map((r) => [r.id, r]));

function row(id: string): GridFactorRow {
  return byId.get(id) ?? expect.unreachable(`no grid row ${id}`);
}

describe("the national grid electricity factors", () => {
  it("all pass the grid factor row schema", () => {
    expect(rows.filter((r) => !gridFactorRowSchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
  });

  it("have unique ids", () => {
    expect(byId.size).toBe(rows.length);
  });

  it("cover China, Japan, South Korea and Mongolia in t/MWh", () => {
    expect(new Set(rows.map((r) => r.country))).toEqual(new Set(["CN", "JP", "KR", "MN"]));
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(["t/MWh"]));
  });

  it("cite only the grid citations, each used at least once", () => {
    expect(rows.filter((r) => !citationIds.has(r.source.id)).map((r) => r.id)).toEqual([]);
    expect([...citationIds].filter((id) => !rows.some((r) => r.source.id === id))).toEqual([]);
  });

  it("name the publication every secondary value was read in", () => {
    expect(rows.filter((r) => r.quality === "secondary" && (r.via ?? "").length === 0).map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => r.quality !== "secondary" && r.quality !== "primary").map((r) => r.id)).toEqual([]);
  });

  it("give China's 2022 national average as 0.5366 t/MWh, a secondary value from the MEE/NBS release", () => {
    // MEE/NBS announcement of the 2022 electricity CO2 emission factors (2024), read in a secondary summary
    const cn = row("grid.CN.2022.MEE-NBS.national-average");
    expect(cn).toMatchObject({ country: "CN", year: 2022, value: "0.5366", quality: "secondary", source: { id: "MEE-NBS-2024-ElectricityCO2-2022" } });
    expect(cn.via).toContain("Sandpiper");
  });

  it("give China's 2022 average excluding market-traded non-fossil electricity as 0.5856 t/MWh", () => {
    // MEE/NBS announcement of the 2022 electricity CO2 emission factors (2024)
    expect(row("grid.CN.2022.MEE-NBS.national-average-excluding-market-traded-non-fossil").value).toBe("0.5856");
  });

  it("give the Climate Transparency 2021 intensities with Carbon Footprint Ltd's split into generation and T&D", () => {
    // Climate Transparency Report 2022, as listed in Carbon Footprint Ltd's 2023_07 International Factors
    expect(row("grid.JP.2021.ClimateTransparency")).toMatchObject({ value: "0.4615", via: expect.stringContaining("Carbon Footprint") });
    expect(row("grid.KR.2021.ClimateTransparency").definition).toContain("0.3706 for generation plus 0.0407");
    expect(row("grid.CN.2021.ClimateTransparency").value).toBe("0.5572");
  });

  it("hold CO2-only factors: the KPX 2011 figure, a CO2 equivalent of all greenhouse gases, is left out", () => {
    expect(GRID_ELECTRICITY_FACTORS.some((r) => r.id.includes("KPX"))).toBe(false);
    for (const r of GRID_ELECTRICITY_FACTORS) expect(r.definition).not.toMatch(/CO2 equivalent/);
  });

  it("give Japan's FY2013 FEPC intensity as 0.570 t/MWh at the point of use", () => {
    // FEPC FY2013 actual emission intensity, quoted by the Petroleum Association of Japan (2014)
    const jp = row("grid.JP.2013.FEPC");
    expect(jp).toMatchObject({ year: 2013, value: "0.570", quality: "secondary" });
    expect(jp.note).toContain("fiscal year");
  });

  it("mark Mongolia's Carbon Footprint Ltd estimate as read in its own release", () => {
    // Carbon Footprint Ltd 2023_07 International Factors: 0.6812 generation + 0.1205 T&D
    expect(row("grid.MN.2022.CarbonFootprint")).toMatchObject({ value: "0.8017", quality: "primary" });
  });

  it("leave out provincial pairs and the JCM project factors", () => {
    expect(rows.filter((r) => r.value.includes("/") || r.value === "0.797" || r.value === "0.533")).toEqual([]);
  });
});

describe("the grid citations", () => {
  it("all pass the citation schema", () => {
    expect(GRID_CITATIONS.filter((c) => !citationSchema.safeParse(c).success).map((c) => c.id)).toEqual([]);
  });

  it("have ids that clash neither with each other nor with the built-in citations", () => {
    expect(citationIds.size).toBe(GRID_CITATIONS.length);
    const builtin = builtinCitationRegistry().byId;
    expect(GRID_CITATIONS.filter((c) => builtin.has(c.id) && builtin.get(c.id) !== c).map((c) => c.id)).toEqual([]);
  });
});
