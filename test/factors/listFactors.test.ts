import { describe, expect, it } from "vitest";
import { createFactorSet, listFactors, sectorWithin } from "../../src/index.js";

// Sector codes are dotted paths (NFR 2019): 1.A.3.b.ii (light-duty vehicles) is a sibling of
// 1.A.3.b.i (passenger cars), not one of its sub-sectors, although its code starts with the same
// characters.
describe("listFactors by sector", () => {
  const sectors = (sector: string) => new Set(listFactors(createFactorSet(), { sector }).map((f) => f.row.sector));

  it("lists the rows of passenger cars (1.A.3.b.i) and of their parents, never those of the sibling vehicle classes", () => {
    const found = [...sectors("1.A.3.b.i")];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => sectorWithin("1.A.3.b.i", s))).toBe(true);
    expect(found.filter((s) => ["1.A.3.b.ii", "1.A.3.b.iii", "1.A.3.b.iv"].includes(s))).toEqual([]);
  });

  it("still lists the rows of every vehicle class under road transport (1.A.3.b), sub-sectors included", () => {
    const found = sectors("1.A.3.b");
    expect(["1.A.3.b.i", "1.A.3.b.iii"].filter((s) => found.has(s))).toEqual(["1.A.3.b.i", "1.A.3.b.iii"]);
  });
});

describe("sectorWithin", () => {
  it("compares codes segment by segment", () => {
    expect([sectorWithin("1.A.3.b.i", "1.A.3.b.i"), sectorWithin("1.A.3.b.i", "1.A"), sectorWithin("1.A.3.b.ii", "1.A.3.b.i"), sectorWithin("1.A.3", "1.A.3.b")]).toEqual([true, true, false, false]);
  });
});
