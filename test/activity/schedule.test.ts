import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baselineActivitySchema } from "../../src/activity/baselineActivity.js";
import { evaluateSchedule, scheduleSchema } from "../../src/activity/schedule.js";
import { CobenefitsError } from "../../src/errors.js";
import { Dec } from "../../src/units/decimal.js";

const at = (s: Parameters<typeof evaluateSchedule>[0], y: number) => evaluateSchedule(s, y).toString();

describe("schedules (LEAP's Interp, Step and Growth as data)", () => {
  it("keeps a constant constant", () => {
    expect(at({ kind: "constant", value: "7.5" }, 2040)).toBe("7.5");
  });

  it("steps: each value holds from its year until the next step", () => {
    const s = { kind: "step", steps: [{ year: 2025, value: "10" }, { year: 2030, value: "4" }] } as const;
    expect([2025, 2029, 2030, 2035].map((y) => at(s, y))).toEqual(["10", "10", "4", "4"]);
    expect(() => evaluateSchedule(s, 2024)).toThrow(CobenefitsError);
  });

  it("interpolates linearly between points and holds the end values outside them", () => {
    const s = { kind: "interp", points: [{ year: 2025, value: "0" }, { year: 2030, value: "0.5" }, { year: 2035, value: "1" }] } as const;
    expect([2020, 2025, 2026, 2030, 2033, 2040].map((y) => at(s, y))).toEqual(["0", "0", "0.1", "0.5", "0.8", "1"]);
  });

  it("grows by compound growth, exactly: 100 x 1.03^2 = 106.09", () => {
    expect(at({ kind: "growth", base: { year: 2025, value: "100" }, rate: "0.03" }, 2027)).toBe("106.09");
    expect(at({ kind: "growth", base: { year: 2025, value: "100" }, rate: "-0.5" }, 2026)).toBe("50");
  });

  it("rejects unordered points, a rate of -100% or below, and non-decimal values", () => {
    expect(scheduleSchema.safeParse({ kind: "interp", points: [{ year: 2030, value: "1" }, { year: 2025, value: "0" }] }).success).toBe(false);
    expect(scheduleSchema.safeParse({ kind: "growth", base: { year: 2025, value: "1" }, rate: "-1" }).success).toBe(false);
    expect(scheduleSchema.safeParse({ kind: "constant", value: "1,5" }).success).toBe(false);
  });

  it("interpolates monotonically between two points (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 30 }), (a, b, span) => {
        const s = { kind: "interp", points: [{ year: 2000, value: String(a) }, { year: 2000 + span, value: String(b) }] } as const;
        for (let y = 2000; y < 2000 + span; y++) {
          const d = evaluateSchedule(s, y + 1).minus(evaluateSchedule(s, y));
          expect(a <= b ? d.gte(0) : d.lte(0)).toBe(true);
        }
        expect(evaluateSchedule(s, 2000 + span).eq(new Dec(b))).toBe(true);
      }),
    );
  });
});

describe("baseline activities", () => {
  const row = { id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "kt", level: { kind: "constant", value: "100" } };

  it("accept a monthly profile of 12 shares that sum exactly to 1", () => {
    const profile = ["0.2", "0.15", "0.1", "0.05", "0", "0", "0", "0", "0", "0.1", "0.15", "0.25"];
    expect(baselineActivitySchema.safeParse({ ...row, monthlyProfile: profile }).success).toBe(true);
  });

  it("reject a profile that does not sum to 1 or has 11 months", () => {
    expect(baselineActivitySchema.safeParse({ ...row, monthlyProfile: Array(12).fill("0.08") }).success).toBe(false);
    expect(baselineActivitySchema.safeParse({ ...row, monthlyProfile: Array(11).fill("0.1") }).success).toBe(false);
  });
});
