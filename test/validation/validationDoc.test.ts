import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Species } from "../../src/index.js";
import { toleranceBand, type CoalReplacement } from "./coalReplacement.js";

// docs/validation.md states, for every Beijing coal comparison, our central result, the band and
// the verdict. They are recomputed here, so the page cannot drift from what the library computes.
const DOC = readFileSync(new URL("../../docs/validation.md", import.meta.url), "utf8");
const t = (d: { toNumber(): number }) => Math.round(d.toNumber()).toLocaleString("en-US"); // half up, as written in the page

const ROWS: readonly (readonly [string, Omit<CoalReplacement, "ncv">, Species, number])[] = [
  ["Beijing households 2016, TSP", { sector: "1.A.4.b.i", coal: "225000", to: "electricity" }, "TSP", 2250],
  ["Beijing households 2016, SO2", { sector: "1.A.4.b.i", coal: "225000", to: "electricity" }, "SO2", 1530],
  ["Beijing households 2016, NOx", { sector: "1.A.4.b.i", coal: "225000", to: "electricity" }, "NOx", 450],
  ["Beijing households 2013-2018, SO2", { sector: "1.A.4.b.i", coal: "2900000", to: "electricity" }, "SO2", 14000],
  ["Beijing coal boilers 2016, NOx", { sector: "1.A.4.a.i", coal: "2000000", to: "naturalGas" }, "NOx", 5000],
  ["Beijing coal boilers 2016, SO2", { sector: "1.A.4.a.i", coal: "2000000", to: "naturalGas" }, "SO2", 16000],
  ["Beijing coal boilers 2016, TSP", { sector: "1.A.4.a.i", coal: "2000000", to: "naturalGas" }, "TSP", 30000],
  ["Beijing coal boilers 2015-16, NOx", { sector: "1.A.4.a.i", coal: "1470000", to: "naturalGas" }, "NOx", 4300],
  ["Beijing coal boilers 2015-16, SO2", { sector: "1.A.4.a.i", coal: "1470000", to: "naturalGas" }, "SO2", 12500],
  ["Beijing coal boilers 2017, TSP", { sector: "1.A.4.a.i", coal: "3000000", to: "naturalGas" }, "TSP", 5500],
  ["Beijing coal boilers 2017, SO2", { sector: "1.A.4.a.i", coal: "3000000", to: "naturalGas" }, "SO2", 6600],
];

describe("docs/validation.md", () => {
  for (const [label, c, species, published] of ROWS) {
    it(`${label}: the summary row gives the published ${published.toLocaleString("en-US")} t with our central result, band and verdict as computed`, () => {
      const b = toleranceBand(c, species);
      const verdict = b.low.lte(published) && b.high.gte(published) ? "**matches**" : "**does not match**";
      expect(DOC).toContain(`| ${published.toLocaleString("en-US")} t`);
      expect(DOC).toContain(`| ${t(b.central)} t | ${t(b.low)} – ${t(b.high)} t | ${verdict}`);
    });
  }
});
