import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { reportLabels } from "../../src/report.js";
import { EXPORT_FORMATS, xlsxFiles } from "../../examples/planner/src/model/exportTables.js";
import { cli, tempFolder } from "../cli/runCli.js";

// The planner's "Results (xlsx)" button (issue 15: results as CSV/xlsx): the workbook of
// cobenefits/xlsx, which the command line writes too. The browser test downloads it from the page.
const ROOT = resolve(__dirname, "..", "..");
const tmp = tempFolder("cobenefits-planner-xlsx-");
/** Every part of an xlsx file (a zip of XML files), as text. */
const parts = (xlsx: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(xlsx)).map(([name, bytes]) => [name, strFromU8(bytes)]));

describe("the planner's xlsx export", () => {
  it("is offered beside the CSV files", () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(["csv", "xlsx"]);
  });

  it("is, part for part, the workbook cobenefits run --format xlsx --lang ko writes for the same scenario (Seoul, Korean sheet names)", async () => {
    const file = join(ROOT, "examples", "seoul", "scenario.yaml");
    const plan = compileScenarioFile(readFileSync(file, "utf8"), { fileName: "scenario.yaml" });
    const [page] = await xlsxFiles(plan, evaluateScenario(plan), reportLabels("ko"));
    expect(page!.name).toBe("result.xlsx");
    expect(page!.content).toBeInstanceOf(Uint8Array);
    const r = await cli("run", file, "--lang", "ko", "--format", "xlsx", "--quiet", "--out", join(tmp, "seoul"));
    expect(r.code).toBe(0);
    const fromCli = parts(new Uint8Array(readFileSync(join(tmp, "seoul", "result.xlsx"))));
    const fromPage = parts(page!.content as Uint8Array);
    expect(Object.keys(fromPage).sort()).toEqual(Object.keys(fromCli).sort());
    for (const name of Object.keys(fromCli)) expect(fromPage[name], name).toBe(fromCli[name]);
    expect(fromPage["xl/workbook.xml"]).toContain(`name="${reportLabels("ko").sheets.summary}"`);
  });
});
