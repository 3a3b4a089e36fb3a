import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../src/report/csv.js";
import { co2eTableToCsv } from "../../src/report/co2eTable.js";
import { coBenefitSummaryToCsv } from "../../src/report/coBenefitSummary.js";
import { factorProvenanceToCsv, type FactorProvenanceRow } from "../../src/report/factorProvenance.js";
import { tidyTableFromCsv, tidyTableToCsv, type TidyRow } from "../../src/report/tidyTable.js";

// The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

/** The fields of one CSV line as written, quotes removed but nothing else undone. */
function rawFields(line: string): string[] {
  const fields: string[] = [];
  for (let i = 0; i <= line.length; ) {
    if (line[i] === '"') {
      let s = "";
      for (i++; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') (s += '"'), i++;
        else if (line[i] === '"') break;
        else s += line[i];
      }
      fields.push(s);
      i += 2; // the closing quote and the comma
    } else {
      const end = line.indexOf(",", i);
      fields.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}

// Text that often starts with a trigger, quotes or both, and otherwise anything at all.
const text = fc.oneof(
  fc.string(),
  fc.tuple(fc.constantFrom("", "'", "''", "'''"), fc.constantFrom(...TRIGGERS, "'", '"', ",", "a", ""), fc.string()).map(([q, t, s]) => `${q}${t}${s}`),
);
// Decimal strings as the report tables write them, negative ones included.
const decimal = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.nat({ max: 12 }), fc.option(fc.integer({ min: -30, max: 30 })))
  .map(([neg, digits, scale, exp]) => {
    const s = digits.toString().padStart(scale + 1, "0");
    const d = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
    return `${neg ? "-" : ""}${d}${exp === null ? "" : `e${exp >= 0 ? "+" : ""}${exp}`}`;
  });

describe("CSV", () => {
  it("reads back any text written, commas, quotes and line breaks included", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.string(), b: fc.string() }), { maxLength: 8 }), (rows) => {
        expect(parseCsv(toCsv(["a", "b"], rows))).toEqual(rows);
      }),
    );
  });

  it("reads back any rows of text and numeric columns exactly, formula-like text and negative numbers included", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: text, label: text, value: decimal, share: decimal }), { maxLength: 8 }), (rows) => {
        expect(parseCsv(toCsv(["id", "label", "value", "share"], rows, { numeric: ["value", "share"] }))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it("never writes a text cell that starts with =, +, -, @, tab or carriage return, and writes numbers as they are", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: text, value: decimal }), { minLength: 1, maxLength: 6 }), (rows) => {
        const csv = toCsv(["id", "value"], rows, { numeric: ["value"] });
        // one line per row: a cell with a line break is written on one line only if it has none
        const single = rows.every((r) => !/[\r\n]/.test(r.id));
        if (!single) return;
        const lines = csv.split("\n").slice(1, -1);
        lines.forEach((line, i) => {
          const [id, value] = rawFields(line);
          expect(TRIGGERS.some((t) => id!.startsWith(t)), JSON.stringify(id)).toBe(false);
          expect(value).toBe(rows[i]!.value);
        });
      }),
      { numRuns: 300 },
    );
    for (const s of ["=HYPERLINK(\"http://x.test\",\"click\")", "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]) {
      const cell = rawFields(toCsv(["id"], [{ id: s }]).split("\n")[1]!)[0]!;
      expect(cell.startsWith("'"), JSON.stringify(s)).toBe(true);
    }
  });

  it("escapes a text that already starts with ' and a trigger by one more ', so the round trip is exact", () => {
    expect(toCsv(["id"], [{ id: "'=x" }, { id: "'x" }, { id: "'" }, { id: "''-1" }])).toBe("id\n''=x\n'x\n'\n'''-1\n");
    expect(parseCsv("id\n''=x\n'x\n'\n'''-1\n")).toEqual([{ id: "'=x" }, { id: "'x" }, { id: "'" }, { id: "''-1" }]);
  });

  it("treats a value in a numeric column that is not a number as text", () => {
    expect(toCsv(["value"], [{ value: "=1+1" }, { value: -12.5 }, { value: "-1.5e-7" }, { value: null }], { numeric: ["value"] })).toBe("value\n'=1+1\n-12.5\n-1.5e-7\n\n");
  });

  it("skips a UTF-8 byte order mark at the start", () => {
    expect(parseCsv("\uFEFFa,b\n1,2\n")).toEqual([{ a: "1", b: "2" }]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });

  it("reads CRLF line ends and refuses an unclosed quote or a short line, naming the line", () => {
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual([{ a: "1", b: "2" }]);
    expect(() => parseCsv('a,b\n"1,2\n')).toThrow(/line\[2\]: a quoted field is not closed/);
    expect(() => parseCsv("a,b\n1\n")).toThrow(/line\[2\]: expected 2 fields/);
  });
});

describe("the report tables as CSV", () => {
  const tidy: TidyRow[] = [
    { year: 2030, sector: "1.A.4.b.i", scope: "direct", measure: "all", species: "SO2", baseline: "10", scenario: "22.5", reduction: "-12.5", unit: "t", basis: null, complete: true },
    { year: 2030, sector: "1.A.4.b.i", scope: "direct", measure: "=HYPERLINK(\"http://x.test\",\"x\")", species: "SO2", baseline: null, scenario: null, reduction: "-12.5", unit: "t", basis: "user-measured", complete: false },
  ];

  it("neutralise a formula in a measure id but not a negative number, and read back equal", () => {
    const csv = tidyTableToCsv(tidy);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x.test"",""x"")",SO2,,,-12.5,t,user-measured,false\n`);
    expect(csv).toContain(",all,SO2,10,22.5,-12.5,t,,true\n");
    expect(tidyTableFromCsv(csv)).toEqual(tidy);
    expect(tidyTableFromCsv(`\uFEFF${csv}`)).toEqual(tidy);
  });

  it("neutralise text in the CO2e, summary and provenance tables, never their numbers", () => {
    const co2e = co2eTableToCsv([{ year: 2030, metric: "AR6-GWP100", measure: "=1+1", baseline: null, scenario: null, reduction: "-3", unit: "t CO2-eq", speciesIncluded: "CO2", basis: "user-measured" }]);
    expect(co2e.split("\n")[1]).toBe("2030,AR6-GWP100,'=1+1,,,-3,t CO2-eq,CO2,user-measured");
    const summary = coBenefitSummaryToCsv([{
      measure: "@cmd", kind: "controlDevice", label: "-label", basis: null, firstYear: 2030, lastYear: 2031,
      reductions: [{ species: "SO2", shapley: "-1", standalone: "-2", unit: "t" }],
      co2e: [{ metric: "AR6-GWP100", shapley: "-4", standalone: "5", unit: "t CO2-eq", flags: [] }],
    }]);
    expect(summary.split("\n")[1]).toBe("'@cmd,controlDevice,'-label,,2030,2031,-1,-2,-4,5,,");
    const row: FactorProvenanceRow = {
      activityId: "+a", createdBy: "baseline", sector: "1.A.4.b.i", fuel: "anthracite", technology: null, scope: "direct", species: "SO2", value: "-0.5",
      unit: "g/GJ", factorRow: "r", table: "t", layer: "user", quality: "A", sourceId: "s", sourceTable: "=t", sourcePage: null, citation: "c",
    };
    const provenance = factorProvenanceToCsv([row]);
    expect(provenance.split("\n")[1]).toBe("'+a,baseline,1.A.4.b.i,anthracite,,direct,SO2,-0.5,g/GJ,r,t,user,A,s,'=t,,c");
    expect(parseCsv(provenance)[0]).toMatchObject({ activityId: "+a", value: "-0.5", sourceTable: "=t" });
  });
});
