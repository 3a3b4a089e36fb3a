import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/report/displayWidth.js";
import { ENGLISH_LABELS, flagsInWords, sectorWithName } from "../../src/charts.js";
import { significantNumber } from "../../src/report/significantNumber.js";
import { textGrid } from "../../src/report/textGrid.js";

describe("display width", () => {
  it("counts Chinese, Japanese kana and Korean Hangul two columns each, Latin and Mongolian Cyrillic one (UAX #11)", () => {
    expect(displayWidth("煤改电")).toBe(6);
    expect(displayWidth("전기버스 보급")).toBe(13);
    expect(displayWidth("ハイブリッド")).toBe(12);
    expect(displayWidth("Улаанбаатар")).toBe(11);
    expect(displayWidth("e\u0301")).toBe(1); // a combining accent takes no column of its own
    expect(displayWidth("ＰＭ２．５")).toBe(10); // fullwidth forms
  });
});

describe("text tables", () => {
  it("line up columns of Chinese and Korean ids by display width", () => {
    const lines = textGrid(["measure", "PM2.5"], [["煤改电", "1,200"], ["전기버스", "30"], ["fgd", "5"]]).split("\n");
    expect(lines.map(displayWidth)).toEqual([15, 15, 15, 15, 15]);
    expect(lines[2]).toBe("煤改电    1,200");
    expect(lines[3]).toBe("전기버스     30");
  });

  it("wrapped to a width, keep every line within it and every cell, repeating the first column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom("a", "b", "煤", "전", "1") }), { minLength: 2, maxLength: 9 }),
        fc.integer({ min: 30, max: 120 }),
        (header, width) => {
          const rows = [header.map((h, i) => `${h}${i}`)];
          const text = textGrid(header, rows, { width });
          const lines = text.split("\n").filter((l) => l !== "");
          for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
          for (const cell of rows[0]!) expect(text).toContain(cell);
          const blocks = text.split("\n\n");
          for (const b of blocks) expect(b.startsWith(header[0]!)).toBe(true);
        },
      ),
    );
  });

  it("wrap only when too wide: a table that fits is one block", () => {
    expect(textGrid(["a", "b"], [["1", "2"]], { width: 80 })).toBe(textGrid(["a", "b"], [["1", "2"]]));
  });
});

describe("labels", () => {
  it("say every trade-off flag in words and name sectors beside their codes", () => {
    expect(flagsInWords(["coBenefit"], ENGLISH_LABELS)).toBe("co-benefit (pollutants and CO2e down)");
    expect(flagsInWords(["airPollutantsDownCo2eUp", "incomplete"], ENGLISH_LABELS)).toBe("trade-off: pollutants down, CO2e up; incomplete (species not counted)");
    expect(flagsInWords([], ENGLISH_LABELS)).toBe("-");
    for (const words of Object.values(ENGLISH_LABELS.flags)) expect(words).not.toMatch(/[a-z][A-Z]/); // no camelCase code words
    expect(sectorWithName("1.A.4.b.i", ENGLISH_LABELS)).toBe("1.A.4.b.i Residential: stationary"); // NFR 2019 name (src/factors/sectors.ts)
  });

  it("name the four quadrants and the unchanged cases in full, trade-offs as trade-offs", () => {
    const q = ENGLISH_LABELS.charts.quadrant;
    expect([q("down", "down"), q("down", "up"), q("up", "down"), q("up", "up"), q("down", "unchanged"), q("unchanged", "unchanged")]).toEqual([
      "co-benefit: pollutant and CO2e down", "trade-off: pollutant down, CO2e up", "trade-off: pollutant up, CO2e down", "both up: pollutant and CO2e", "pollutant down, CO2e unchanged", "pollutant unchanged, CO2e unchanged",
    ]);
  });
});

describe("numbers for reading", () => {
  it("keep four significant digits, half to even, from an exact decimal", () => {
    // summary.csv's 1423.999999999999999999999998 (issue 14) is shown 1424
    expect(significantNumber("1423.999999999999999999999998")).toBe(1424);
    expect(significantNumber("12345")).toBe(12340);
    expect(significantNumber("12355")).toBe(12360);
    expect(significantNumber("-0.000123456")).toBe(-0.0001235);
    expect(Object.is(significantNumber("-0"), 0)).toBe(true);
  });

  it("differ from the exact value by at most half a unit in the fourth digit", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => x !== 0), (x) => {
        const r = significantNumber(String(x));
        const unit = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 3);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(unit / 2 + Math.abs(x) * 1e-12);
      }),
    );
  });
});
