import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exitCodes.js";
import { cli } from "./runCli.js";

describe("cobenefits factors for non-road machinery", () => {
  it("lists the BC rows of 1.A.2.g.vii by stage, with their citation, and no stationary 1.A.2 boiler row", async () => {
    const list = await cli("factors", "--sector", "1.A.2.g.vii", "--species", "BC");
    expect(list.code).toBe(EXIT.ok);
    const rows = list.stdout.trim().split("\n");
    // EMEP/EEA 2019 non-road chapter Table 3-2, diesel Stage IIIA: BC 758 g/t fuel
    expect(list.stdout).toMatch(/gasDieselOil \/ Diesel - Stage IIIA\tBC 758 g\/t fuel\tEMEP-EEA-2019-1A2gvii-NRMM Table 3-2/);
    // Table 3-1, diesel (Tier 1): BC 1306 g/t fuel
    expect(list.stdout).toMatch(/\tgasDieselOil\tBC 1306 g\/t fuel\tEMEP-EEA-2019-1A2gvii-NRMM Table 3-1/);
    for (const row of rows.filter((r) => r.startsWith("emep2019") || r.startsWith("ipcc2006"))) expect(row.split("\t")[1]).toBe("1.A.2.g.vii");
    const shown = await cli("factors", "show", "emep2019.1A2gvii.T3-2.gasDieselOil.Diesel-Stage-IV.BC");
    expect(shown.stdout).toMatch(/Non-road mobile sources and machinery/);
  });
});
