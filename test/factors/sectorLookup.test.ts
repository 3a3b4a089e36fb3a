import { describe, expect, it } from "vitest";
import { UnknownSectorError } from "../../src/errors.js";
import { getSectorName } from "../../src/index.js";

// Issue 8, defect 3: lookups keyed by user input never reach an object's prototype.
describe("sector names", () => {
  it("refuse prototype names as unknown sectors instead of returning Object's members", () => {
    for (const code of ["constructor", "__proto__", "toString", "hasOwnProperty"]) expect(() => getSectorName(code)).toThrow(UnknownSectorError);
  });

  it("still name a known sector (NFR 2019: 1.A.4.a.i)", () => {
    expect(getSectorName("1.A.4.a.i")).toBe("Commercial/institutional: stationary");
  });
});
