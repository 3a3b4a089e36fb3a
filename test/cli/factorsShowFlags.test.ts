import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exitCodes.js";
import { cli } from "./runCli.js";
import { BUILTIN_FACTOR_TABLES } from "../../src/factors/builtinTables.js";

describe("cobenefits factors show", () => {
  it("prints a row's flag with its meaning, after its note: PM10 above TSP in EMEP/EEA 2019 1.A.4 Table 3-9", async () => {
    // EMEP/EEA 2019 1.A.4 Table 3-9 (liquid fuels, commercial/institutional): TSP 20, PM10 21 g/GJ as published
    const shown = await cli("factors", "show", "emep2019.1A4ai.T3-9.liquidFuels.PM10");
    expect(shown.code).toBe(EXIT.ok);
    const lines = shown.stdout.trim().split("\n");
    expect(lines).toContain("  PM10: 21 g/GJ (95% CI 0.75-80)");
    expect(lines.at(-2)).toMatch(/^ {2}note: {7}As published, PM10 \(21 g\/GJ\) is greater than TSP \(20 g\/GJ\)/);
    expect(lines.at(-1)).toBe("  flag:       pmOrderAsPublished: the source's PM2.5, PM10 and TSP values of this row do not satisfy PM2.5 <= PM10 <= TSP; kept as published");
  });

  it("prints an odd interval's flag: road construction PM10, EMEP/EEA 2019 2.A.5.b Table 3-4 (2.3 kg/m2, interval 2.3-7)", async () => {
    const shown = await cli("factors", "show", "emep2019.2A5b.T3-4.none.Road-construction.PM10");
    expect(shown.stdout).toContain("  flag:       intervalAsPublished: the 95% interval is odd as published");
  });

  it("prints the out-of-line flag after the note of bus Euro II N2O 0.12 g/km (EMEP/EEA 2019 1.A.3.b.i-iv Table 3-23)", async () => {
    const shown = await cli("factors", "show", "emep2019.1A3biii.T3-23.gasDieselOil.Urban-Buses-Standard-Euro-II-91-542-EEC-II.N2O");
    expect(shown.code).toBe(EXIT.ok);
    const lines = shown.stdout.trim().split("\n");
    expect(lines).toContain("  N2O: 0.12 g/km");
    expect(lines.at(-2)).toMatch(/^ {2}note: {7}Looks out of line, kept as the database gives it .*N2O 0\.12 g\/km, ten times Euro I \(0\.012\)/);
    expect(lines.at(-1)).toBe("  flag:       outOfLineAsPublished: the value is far out of line with its neighbours in the source (see the note); kept as published");
  });

  it("flags exactly the three values the notes call out of line: bus Euro II N2O, bus Euro VI NMVOC, truck Euro VI NH3 (every weight class)", () => {
    const flagged = BUILTIN_FACTOR_TABLES.flatMap((t) => t.rows).filter((r) => r.flags?.includes("outOfLineAsPublished"));
    expect(flagged.map((r) => r.id).sort()).toEqual([
      "emep2019.1A3biii.T3-21.gasDieselOil.Diesel-16-32-t-Euro-VI.NH3",
      "emep2019.1A3biii.T3-21.gasDieselOil.Diesel-7.5-16-t-Euro-VI.NH3",
      "emep2019.1A3biii.T3-21.gasDieselOil.Diesel-gt32-t-Euro-VI.NH3",
      "emep2019.1A3biii.T3-21.gasDieselOil.Diesel-le7.5-t-Euro-VI.NH3",
      "emep2019.1A3biii.T3-23.gasDieselOil.Urban-Buses-Standard-Euro-II-91-542-EEC-II.N2O",
      "emep2019.1A3biii.T3-23.gasDieselOil.Urban-Buses-Standard-Euro-VI.NMVOC",
    ]);
    // each keeps its note and its value as the database gives it
    expect(flagged.every((r) => r.note?.startsWith("Looks out of line"))).toBe(true);
    expect(flagged.map((r) => r.value).sort()).toEqual(["0.09", "0.09", "0.09", "0.09", "0.12", "0.22"]);
  });

  it("prints no flag line for a row without flags, and keeps flags in --json", async () => {
    const plain = await cli("factors", "show", "emep2019.2A5b.T3-4.none.Road-construction.TSP");
    expect(plain.code).toBe(EXIT.ok);
    expect(plain.stdout).not.toContain("flag:");
    const json = JSON.parse((await cli("factors", "show", "emep2019.1A4ai.T3-9.liquidFuels.PM10", "--json")).stdout) as { row: { flags: string[] } };
    expect(json.row.flags).toEqual(["pmOrderAsPublished"]);
  });

  it("suggests lpg for --fuel liquefiedPetroleumGases, matching the fuel's IPCC name", async () => {
    const r = await cli("factors", "--sector", "1.A.4.b.i", "--fuel", "liquefiedPetroleumGases");
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/no fuel "liquefiedPetroleumGases"; nearest: lpg, /);
  });
});
