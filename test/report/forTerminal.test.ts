import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forTerminal } from "../../src/report/forTerminal.js";
import { coBenefitSummary, compileScenario, evaluateScenario } from "../../src/index.js";
import { formatResultTable } from "../../src/report.js";

// Everything a terminal may act on: C0 but line feed and tab, DEL, C1, bidi overrides and isolates.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const hostile = fc.string({ unit: fc.oneof(fc.constantFrom("\x1b", "\x07", "\r", "\b", "\x7f", "\x9b", "\x9d", "\u202e", "\u2066", "\n", "\t", "[", "]", ";", "\\"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })) });

describe("forTerminal", () => {
  it("leaves no character a terminal acts on, but keeps line feeds and tabs", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const safe = forTerminal(s);
        expect(UNSAFE.test(safe)).toBe(false);
        expect(safe.split("\n").length).toBe(s.split("\n").length);
        expect(safe.split("\t").length).toBe(s.split("\t").length);
      }),
    );
  });

  it("shows what it replaced: an OSC 8 link, a colour, a bidi override", () => {
    expect(forTerminal("\x1b]8;;http://evil.test\x1b\\click\x1b]8;;\x1b\\")).toBe("\\u001b]8;;http://evil.test\\u001b\\click\\u001b]8;;\\u001b\\");
    expect(forTerminal("\x1b[31mred\x1b[0m")).toBe("\\u001b[31mred\\u001b[0m");
    expect(forTerminal("abc\u202Efed")).toBe("abc\\u202efed");
    expect(forTerminal("plain text, 中文, émission")).toBe("plain text, 中文, émission");
  });

  it("keeps JSON valid and equal in value", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: hostile, n: fc.integer() }), { maxLength: 4 }), (data) => {
        const json = JSON.stringify(data, null, 2);
        expect(JSON.parse(forTerminal(json))).toEqual(data);
      }),
    );
  });
});

describe("formatResultTable", () => {
  it("shows escape sequences in names and ids as text, with the columns still aligned", () => {
    const scenario = {
      name: "\x1b]0;pwned\x07demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
      baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
      measures: [
        { id: "\x1b[31mred", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9" } },
        { id: "plain", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.5" } },
      ],
    } as const;
    const result = evaluateScenario(compileScenario(scenario));
    const text = formatResultTable(result, coBenefitSummary(result, scenario));
    expect(UNSAFE.test(text)).toBe(false);
    expect(text.startsWith("\\u001b]0;pwned\\u0007demo: 2030-2030")).toBe(true);
    const lines = text.split("\n");
    const red = lines.find((l) => l.startsWith("\\u001b[31mred"))!;
    const plain = lines.find((l) => l.startsWith("plain"))!;
    expect(red.length).toBe(plain.length);
  });
});
