import { describe, expect, it } from "vitest";
import { parseUnit } from "../../src/units/units.js";
import { UNIT_REGISTRY } from "../../src/units/unitRegistry.js";

// Factors are computed by mathjs behind the strict grammar; the registry states each factor by
// hand from its definition (SI Brochure Table 8; IEA toe; GB/T 2589 tce; cal_IT = 4.1868 J).
// Two independent statements of every factor must agree.
describe("the unit algebra behind the grammar", () => {
  it("gives every registered name the factor its registry entry states", () => {
    const disagreements = [...UNIT_REGISTRY.values()]
      .filter((u) => !parseUnit(u.name).toBase.equals(u.factor))
      .map((u) => `${u.name}: mathjs ${parseUnit(u.name).toBase.toString()}, registry ${u.factor.toString()}`);
    expect(disagreements).toEqual([]);
  });

  it("squares and cubes a length through mathjs exactly (1 km2 = 1e6 m2, 1 km3 = 1e9 m3)", () => {
    expect(parseUnit("km2").toBase.toString()).toBe("1000000");
    expect(parseUnit("km^3").toBase.toString()).toBe("1000000000");
  });
});
