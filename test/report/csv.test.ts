import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../src/report/csv.js";

describe("CSV", () => {
  it("reads back any text written, commas, quotes and line breaks included", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.string(), b: fc.string() }), { maxLength: 8 }), (rows) => {
        expect(parseCsv(toCsv(["a", "b"], rows))).toEqual(rows);
      }),
    );
  });

  it("reads CRLF line ends and refuses an unclosed quote or a short line, naming the line", () => {
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual([{ a: "1", b: "2" }]);
    expect(() => parseCsv('a,b\n"1,2\n')).toThrow(/line\[2\]: a quoted field is not closed/);
    expect(() => parseCsv("a,b\n1\n")).toThrow(/line\[2\]: expected 2 fields/);
  });
});
