import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exitCodes.js";
import { cli } from "./runCli.js";

describe("cobenefits factors on road transport", () => {
  it("lists Tier 2 diesel truck and bus exhaust PM10, equal to PM2.5, citing the guidebook's PM tables", async () => {
    // EMEP/EEA 2019 1.A.3.b.i-iv Table 3-24: Urban Buses Standard Euro IV PM2.5 0.0462 g/km, TSP = PM10 = PM2.5
    const list = await cli("factors", "--sector", "1.A.3.b.iii", "--fuel", "gasDieselOil", "--species", "PM10");
    expect(list.code).toBe(EXIT.ok);
    const rows = list.stdout.trim().split("\n");
    expect(rows.length).toBe(28 + 14); // 28 diesel truck (4 weight classes x 7 Euro classes) and 14 diesel bus and coach groups
    for (const row of rows) expect(row).toMatch(/\tPM10 [0-9.]+ g\/km\tEMEP-EEA-2019-1A3bi-iv Table 3-2[24]$/);
    const bus = rows.find((r) => r.includes("Urban Buses Standard - Euro IV - 2005"));
    expect(bus).toMatch(/PM10 0\.0462 g\/km/);
    const shown = await cli("factors", "show", bus!.split("\t")[0]!);
    expect(shown.stdout).toMatch(/assuming TSP=PM10=PM2\.5/);
  });

  it("lists the built-in BC shares of Euro III diesel trucks and buses, and says why the other technologies have none", async () => {
    // 70 % of exhaust PM: EMEP/EEA 2016 road chapter via vein (atmoschem/vein#278); docs/data-sources.md, "Road BC and OC"
    const list = await cli("factors", "--sector", "1.A.3.b.iii", "--fuel", "gasDieselOil", "--species", "BC");
    expect(list.code).toBe(EXIT.ok);
    const rows = list.stdout.trim().split("\n");
    expect(rows).toHaveLength(6); // 4 truck weight classes, urban buses, coaches
    for (const row of rows) expect(row).toMatch(/ - Euro III - 2000\tBC 70 % of PM2\.5\tEMEP-EEA-2016-1A3bi-iv BC and OM fractions of exhaust PM/);
    expect(list.stderr).toMatch(/^6 rows; /);
    expect(list.stderr).toMatch(/not built in: road exhaust BC .*Instead: add BC share rows in `% of PM2\.5`.*\(https:\/\/unpkg\.com\/cobenefits@[\d.]+\/docs\/data-sources\.md, "Road BC and OC"\)\n/);
    const shown = await cli("factors", "show", rows.find((r) => r.includes("Urban Buses Standard"))!.split("\t")[0]!);
    expect(shown.stdout).toMatch(/\[secondary\]/);
    expect(shown.stdout).toMatch(/via: +vein .*atmoschem\/vein#278/);
    const stationary = await cli("factors", "--sector", "1.A.4.b.i", "--species", "BC");
    expect(stationary.stderr).not.toMatch(/not built in/);
  });

  it("lists the non-exhaust tyre and brake wear rows per vehicle category, with intervals and their chapter's citation", async () => {
    // EMEP/EEA 2019 1.A.3.b.vi-vii Table 3-1: PM2.5 two-wheelers 0.0034, cars 0.0074, LCVs 0.0117, HDVs 0.0316 g/km
    const list = await cli("factors", "--sector", "1.A.3.b.vi", "--fuel", "none", "--species", "PM2.5");
    expect(list.code).toBe(EXIT.ok);
    const all = list.stdout.trim().split("\n");
    const rows = all.filter((r) => !r.split("\t")[2]!.includes(":")); // Tier 1; Tier 2 technologies name the process ("Passenger cars: tyre wear")
    expect(all.length - rows.length).toBe(6); // Tier 2 derived PM2.5: tyre and brake wear of two-wheelers, cars and LCVs
    expect(rows.map((r) => r.split("\t")[3])).toEqual([
      "PM2.5 0.0034 g/km [0.0026-0.0042]",
      "PM2.5 0.0074 g/km [0.0045-0.0107]",
      "PM2.5 0.0117 g/km [0.0071-0.0148]",
      "PM2.5 0.0316 g/km [0.0281-0.0541]",
    ]);
    const shown = await cli("factors", "show", rows[1]!.split("\t")[0]!);
    expect(shown.stdout).toMatch(/citation: .*1\.A\.3\.b\.vi-vii Road tyre and brake wear, road surface wear/);
  });
});
