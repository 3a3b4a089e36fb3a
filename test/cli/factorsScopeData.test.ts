import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exitCodes.js";
import { listCoalMineMethaneFactors, listGasLeakageEstimates, listGasSupplyMethaneFactors, listGenerationMixes, listGridFactors, listMethaneDensities, listPlantEfficiencies, listPlantEmissionLimits } from "../../src/index.js";
import { cli } from "./runCli.js";

// `cobenefits factors` shows the data behind the indirect, heat and upstream scopes (review of
// issue 11, defect 13): before, `factors show grid.CN.2022...` answered "no built-in factor row".
describe("cobenefits factors grid", () => {
  it("lists every built-in grid row with its value, unit and source", async () => {
    const r = await cli("factors", "grid");
    expect(r.code).toBe(EXIT.ok);
    const lines = r.stdout.trim().split("\n").map((l) => l.split("\t"));
    expect(lines.map((l) => l[1])).toEqual(listGridFactors().map((g) => g.id));
    // MEE and NBS 2024 announcement of the 2022 factors: national average 0.5366 kg CO2/kWh
    const mee = lines.find((l) => l[1] === "grid.CN.2022.MEE-NBS.national-average")!;
    expect(mee.slice(0, 3)).toEqual(["grid", "grid.CN.2022.MEE-NBS.national-average", "0.5366 t/MWh"]);
    expect(mee[4]).toMatch(/^MEE-NBS-2024-ElectricityCO2-2022 /);
    expect(r.stderr).toContain(`${lines.length} rows; details and citation: cobenefits factors show <id>`);
  });

  it("gives the rows and their citations as JSON", async () => {
    const rows = JSON.parse((await cli("factors", "grid", "--json")).stdout) as { id: string; value: string; unit: string; citation: string }[];
    expect(rows.map((r) => [r.id, r.value, r.unit])).toEqual(listGridFactors().map((g) => [g.id, g.value, g.unit]));
    expect(rows.every((r) => r.citation.length > 0 && !r.citation.includes("no citation registered"))).toBe(true);
  });
});

describe("cobenefits factors scope-data", () => {
  it("lists every row of every scope-data table, grouped", async () => {
    const r = await cli("factors", "scope-data");
    expect(r.code).toBe(EXIT.ok);
    const ids = r.stdout.trim().split("\n").map((l) => l.split("\t")[1]);
    expect(ids).toEqual([
      ...listGridFactors(), ...listGenerationMixes(), ...listPlantEfficiencies(), ...listPlantEmissionLimits(),
      ...listCoalMineMethaneFactors(), ...listMethaneDensities(), ...listGasLeakageEstimates(), ...listGasSupplyMethaneFactors(),
    ].map((x) => x.id));
  });

  it("lists one group: the coal-mine methane ranges of IPCC 2006 Vol. 2 ch. 4 with low, average and high", async () => {
    const r = await cli("factors", "scope-data", "coalMineMethane");
    const lines = r.stdout.trim().split("\n").map((l) => l.split("\t"));
    expect(lines.every((l) => l[0] === "coalMineMethane")).toBe(true);
    // IPCC 2006 Vol. 2 ch. 4 (4.1.3.2): underground mining 10 / 18 / 25 m3 per tonne
    expect(lines.find((l) => l[1] === "ipcc2006.coal-mining.underground.mining")?.[2]).toBe("low 10, average 18, high 25 m3/t");
  });

  it("shows the emission limits without asserting dry gas the source did not state", async () => {
    const r = await cli("factors", "scope-data", "emissionLimit");
    const so2 = r.stdout.split("\n").find((l) => l.includes("limit.CN.ultra-low.coal.SO2"))!.split("\t");
    expect(so2[2]).toBe("SO2 35 mg/Nm3");
    expect(so2[3]).toContain("at 6% O2, dry gas not confirmed");
  });

  it("refuses an unknown group with the nearest one", async () => {
    const r = await cli("factors", "scope-data", "emisionLimit");
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(`no scope-data group "emisionLimit"; nearest: emissionLimit`);
  });
});

describe("cobenefits factors show, for grid and scope-data rows", () => {
  it("shows a grid row with its citation", async () => {
    const r = await cli("factors", "show", "grid.CN.2022.MEE-NBS.national-average");
    expect(r.code).toBe(EXIT.ok);
    const lines = r.stdout.trim().split("\n");
    expect(lines.slice(0, 3)).toEqual(["grid.CN.2022.MEE-NBS.national-average", "  group:      grid", "  value:      0.5366 t/MWh"]);
    expect(lines.find((l) => l.startsWith("  citation:"))).toContain("Ministry of Ecology and Environment");
  });

  it("shows a generation mix and a gas-supply row as JSON, with the row as stored", async () => {
    const mix = listGenerationMixes()[0]!;
    const shown = JSON.parse((await cli("factors", "show", mix.id, "--json")).stdout) as { group: string; row: unknown };
    expect(shown.group).toBe("generationMix");
    expect(shown.row).toEqual(mix);
    const gas = listGasSupplyMethaneFactors()[0]!;
    expect((JSON.parse((await cli("factors", "show", gas.id, "--json")).stdout) as { row: unknown }).row).toEqual(gas);
  });

  it("answers a misspelt id with the nearest ids among factor, grid and scope-data rows", async () => {
    const r = await cli("factors", "show", "grid.CN.2022.MEE-NBS.natinal-average");
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.stderr).toContain(`no built-in factor, grid or scope-data row "grid.CN.2022.MEE-NBS.natinal-average"; nearest: grid.CN.2022.MEE-NBS.national-average`);
  });

  it("still shows an emission factor row", async () => {
    // EMEP/EEA 2019 1.A.4 Table 3-9: liquid fuels, commercial/institutional, PM10 21 g/GJ
    const r = await cli("factors", "show", "emep2019.1A4ai.T3-9.liquidFuels.PM10");
    expect(r.stdout).toContain("  PM10: 21 g/GJ (95% CI 0.75-80)");
  });
});
