import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InventoryCsvError, computeInventoryFromCsv, readFactorCsv, readNcvCsv } from "../../src/inventory.js";
import { createFactorSet } from "../../src/index.js";
import { MAX_LISTED_ISSUES } from "../../src/errors/cobenefitsError.js";
import { thrown } from "../fixtures/thrown.js";

// The team's files of computeInventoryFromCsv.test.ts, trimmed: one factor and one NCV for lignite.
const CITATION = { id: "Agency-2024", authors: "National Agency", title: "National emission factors 2024", publisher: "National Agency", year: 2024, url: "https://example.org/factors" };
const input = (activities: string) => ({
  activities: { name: "activities.csv", contents: activities },
  factors: { name: "factors.csv", contents: "sector,fuel,species,ef_g_per_GJ\n1.A.4.b.i,lignite,PM2.5,400\n" },
  ncv: { name: "fuels.csv", contents: "fuel,ncv_GJ_per_t\nlignite,12\n" }, citation: CITATION, builtinTables: [],
});
const read = (activities: string): InventoryCsvError => thrown(() => computeInventoryFromCsv(input(activities), { species: ["PM2.5"] }), InventoryCsvError);
const where = (e: InventoryCsvError) => e.problems.map((p) => [p.code, p.line, p.column]);

describe("an activity CSV file with several bad lines", () => {
  it("reports every bad line at once, each with its file, line and column, the first as the error's own", () => {
    const e = read("sector,fuel,amount_t,ncv_GJ_per_t\n1.A.4.b.i,lignite,1000,\n1.A.4.b.i,lignite,12a,\n1.A.4.b.i,lignite,5,-3\n1.A.4.b.i,lignite\n,lignite,7,\n1.A.4.b.i,lignite,-1,0\n");
    expect(where(e)).toEqual([
      ["CSV_VALUE", 3, "amount_t"], ["CSV_VALUE", 4, "ncv_GJ_per_t"], ["CSV_SYNTAX", 5, undefined], ["CSV_VALUE", 6, "sector"],
      ["CSV_VALUE", 7, "amount_t"], ["CSV_VALUE", 7, "ncv_GJ_per_t"],
    ]);
    expect([e.code, e.file, e.line, e.column, e.problemCount]).toEqual(["CSV_VALUE", "activities.csv", 3, "amount_t", 6]);
    const lines = e.message.split("\n");
    expect(lines[0]).toBe("activities.csv: 6 problems (each below):");
    expect(lines[1]).toBe('  - activities.csv:3 column "amount_t": expected an amount: a number, not negative (e.g. 1250.5), got "12a"');
    expect(lines[3]).toBe("  - activities.csv:5: expected 4 fields as in the header, found 2");
  });

  it("reports the same in a file with quotes (the other reader), and a bad unit on every line that has it", () => {
    const e = read('sector,fuel,amount,unit\n"1.A.4.b.i",lignite,1000,t\n1.A.4.b.i,lignite,1000,tonnez\n1.A.4.b.i,lignite,"x",t\n1.A.4.b.i,lignite,5,tonnez\n');
    expect(where(e)).toEqual([["CSV_VALUE", 3, "unit"], ["CSV_VALUE", 4, "amount"], ["CSV_VALUE", 5, "unit"]]);
    expect(e.problems[0]!.message).toContain('"tonnez" is not a registered unit');
  });

  it("keeps one bad line as before: its own message, no list", () => {
    const e = read("sector,fuel,amount_t\n1.A.4.b.i,lignite,1000\n1.A.4.b.i,lignite,12a\n");
    expect([e.problemCount, e.problems.length, e.message]).toEqual([1, 1, 'activities.csv:3 column "amount_t": expected an amount: a number, not negative (e.g. 1250.5), got "12a"']);
  });

  it("tells a quote that ends the reading after the bad lines before it", () => {
    const e = read('sector,fuel,amount_t\n1.A.4.b.i,lignite,12a\n1.A.4.b.i,lignite,"5\n');
    expect(where(e)).toEqual([["CSV_VALUE", 2, "amount_t"], ["CSV_SYNTAX", 3, undefined]]);
    expect(e.problems[1]!.message).toBe("a quoted field is not closed");
  });

  it(`lists at most MAX_LISTED_ISSUES (${MAX_LISTED_ISSUES}) and counts the rest`, () => {
    const e = read(`sector,fuel,amount_t\n${"1.A.4.b.i,lignite,-1\n".repeat(1000)}`);
    expect([e.problems.length, e.problemCount]).toEqual([MAX_LISTED_ISSUES, 1000]);
    expect(e.problems.at(-1)!.line).toBe(MAX_LISTED_ISSUES + 1);
    expect(e.message.split("\n").at(-1)).toBe(`  ... and 950 more (the first ${MAX_LISTED_ISSUES} are listed)`);
  });

  it("names exactly the bad lines, whichever they are (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 80 }), fc.boolean(), (bad, quoted) => {
        fc.pre(bad.some((b) => b));
        const rows = bad.map((b, i) => `1.A.4.b.i,${quoted ? '"lignite"' : "lignite"},${b ? "n/a" : String(i + 1)}`);
        const e = read(`sector,fuel,amount_t\n${rows.join("\n")}\n`);
        const badLines = bad.flatMap((b, i) => (b ? [i + 2] : []));
        expect(e.problemCount).toBe(badLines.length);
        expect(e.problems.map((p) => [p.line, p.column])).toEqual(badLines.slice(0, MAX_LISTED_ISSUES).map((l) => [l, "amount_t"]));
      }),
      { numRuns: 60 },
    );
  });
});

describe("a factor or NCV CSV file with several bad lines", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("reports every bad cell of every line of a factor table, each with its line and column, and keeps no row of them", () => {
    const text = "sector,fuel,species,ef_g_per_GJ\n1.A.4.b.i,lignite,PM2.5,400\n1.A.4.b.j,lignit,PM25,400\n1.A.4.b.i,lignite,SO2,-1\n1.A.4.b.i,lignite\n";
    const e = thrown(() => readFactorCsv(bytes(text), { file: "factors.csv", tableId: "t", citationId: "c" }), InventoryCsvError);
    expect(where(e)).toEqual([
      ["CSV_VALUE", 3, "sector"], ["CSV_VALUE", 3, "fuel"], ["CSV_VALUE", 3, "species"], ["CSV_VALUE", 4, "ef_g_per_GJ"], ["CSV_SYNTAX", 5, undefined],
    ]);
    expect(e.problems[2]!.message).toMatch(/unknown species "PM25"; nearest: PM2\.5/);
  });

  it("reports every bad line of an NCV table", () => {
    const e = thrown(() => readNcvCsv(bytes("fuel,ncv,unit\nlignite,0,GJ/t\nlignite,11.9,GJ/m\nlignit,11.9,GJ/t\n"), { file: "fuels.csv", citationId: "c" }), InventoryCsvError);
    expect(where(e)).toEqual([["CSV_VALUE", 2, "ncv"], ["CSV_VALUE", 3, "unit"], ["CSV_VALUE", 4, "fuel"]]);
    expect(e.message.split("\n")[0]).toBe("fuels.csv: 3 problems (each below):");
  });
});

describe("an NCV table whose values lie outside their fuel's IPCC 2006 range", () => {
  // IPCC 2006 Vol. 2 Table 1.2: anthracite 21.6-32.2 TJ/Gg; 36.2 GJ/t is outside, 26.7 inside
  const table = new TextEncoder().encode("fuel,ncv_GJ_per_t\nanthracite,36.2\nlignite,11.9\n");
  const CITE = { id: "Agency-NCV", authors: "National agency", title: "National NCV table", publisher: "Agency", year: 2024, url: "https://example.org/ncv" };

  it("is refused by the factor set unless the team states why, and the reason is attached only to the rows outside the range", () => {
    const plain = readNcvCsv(table, { file: "fuels.csv", citationId: CITE.id });
    expect(() => createFactorSet({ userNcv: plain, userCitations: [CITE] })).toThrow(/outside the lower-upper range of anthracite/);
    const stated = readNcvCsv(table, { file: "fuels.csv", citationId: CITE.id, outsideIpccRange: "national statistics' own values" });
    expect(stated.map((r) => r.outsideIpccRange)).toEqual(["national statistics' own values", undefined]);
    expect(() => createFactorSet({ userNcv: stated, userCitations: [CITE] })).not.toThrow();
  });
});
