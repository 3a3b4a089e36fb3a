import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOBILE_MACHINERY_SECTORS, rowReachesSector } from "../../src/factors/rowReachesSector.js";
import { sectorWithin } from "../../src/factors/sectorWithin.js";

describe("rowReachesSector", () => {
  it("keeps the stationary 1.A.2 rows (EMEP/EEA 2019 1.A.2 Tier 1, IPCC 2006 Table 2.3) away from non-road machinery in 1.A.2.g.vii", () => {
    expect(rowReachesSector("1.A.2", "1.A.2.g.vii")).toBe(false);
    expect(rowReachesSector("1.A.2", "1.A.2.g.viii")).toBe(true);
    expect(rowReachesSector("1.A.4.c", "1.A.4.c.ii")).toBe(false);
    expect(rowReachesSector("1.A.4.c", "1.A.4.c.i")).toBe(true);
  });

  it("lets the fuel-wide rows at 1.A (IPCC 2006 Table 1.4 CO2) and the machinery's own rows reach it", () => {
    expect(rowReachesSector("1.A", "1.A.2.g.vii")).toBe(true);
    expect(rowReachesSector("1.A.2.g.vii", "1.A.2.g.vii")).toBe(true);
    expect(rowReachesSector("1.A.4.c.ii", "1.A.4.c.ii")).toBe(true);
  });

  it("never reaches a sector that sectorWithin refuses, and agrees with it outside the machinery codes", () => {
    const segment = fc.constantFrom("1", "A", "2", "4", "c", "g", "ii", "vii", "viii", "b");
    const code = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join("."));
    const machinery = fc.constantFrom(...MOBILE_MACHINERY_SECTORS);
    fc.assert(
      fc.property(fc.oneof(code, machinery), fc.oneof(code, machinery), (row, sector) => {
        if (!sectorWithin(sector, row)) expect(rowReachesSector(row, sector)).toBe(false);
        if (!MOBILE_MACHINERY_SECTORS.some((m) => sectorWithin(sector, m))) expect(rowReachesSector(row, sector)).toBe(sectorWithin(sector, row));
      }),
    );
  });
});
