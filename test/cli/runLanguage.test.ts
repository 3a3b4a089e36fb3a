import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exitCodes.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-run-lang-");
const SEOUL = "examples/seoul/scenario.yaml";
/** The text of one part of an xlsx file (a zip of XML files). */
const part = (xlsx: Uint8Array, name: string) => strFromU8(unzipSync(xlsx)[name]!);
const HANGUL = /[\uac00-\ud7a3]/;

describe("run --lang: the words of the table, the workbook and the charts in the official's language", () => {
  it("prints the Seoul example's table with Korean titles, headers and flags, the measures' ids as written", async () => {
    const r = await cli("run", SEOUL, "--lang", "ko");
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain("대책별 감축량, 2018-2030 (Shapley 배분; 음수 = 증가)"); // src/report/labels/ko.ts table.reductionByMeasure
    expect(r.stdout).toMatch(/^대책 +PM2\.5/m); // the column header "measure"; species formulas are never translated
    expect(r.stdout).toContain("상충: 대기오염물질 감소, CO2e 증가"); // flag airPollutantsDownCo2eUp of the PM/NOx devices
    expect(r.stdout).toContain("공편익: 대기오염물질과 CO2e 모두 감소"); // flag coBenefit of the machinery engine replacement
    expect(r.stdout).toContain("2030년 배출량 [톤/년]");
    expect(r.stdout).toContain("대책·범위별 감축량, 2018-2030"); // the scope split (the buses' and cars' indirect emissions)
    expect(r.stdout).toMatch(/^electric-city-buses +간접 /m); // scope indirect in a word
    expect(r.stdout).toContain("2030년 연료별 에너지 [GJ/년]"); // the energy balance
    expect(r.stdout).toContain("대책 수명기간 누적 감축량"); // the lifetime reductions
    expect(r.stdout).toContain("(ko: 기계로 준비한 라벨, 원어민 검토 대기 중; docs/languages.md 참조)"); // machine-prepared, said beside the table
    expect(r.stdout).toContain("grade5-car-scrappage"); // the user's own id
    expect(r.stdout).toContain("Seoul vehicle emission control 2018-2030 (illustrative)"); // the user's own name
  });

  it("prints English without --lang, and nothing Korean", async () => {
    const r = await cli("run", SEOUL);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain("trade-off: pollutants down, CO2e up");
    expect(r.stdout).not.toMatch(HANGUL);
    expect(r.stdout).not.toContain("machine-prepared");
  });

  it("writes a workbook with Korean sheet names and headers, and keeps CSV column names English", async () => {
    const out = join(tmp, "ko");
    const r = await cli("run", SEOUL, "--lang", "ko", "--format", "xlsx", "--quiet", "--out", out);
    expect(r.code).toBe(EXIT.ok);
    const xlsx = new Uint8Array(readFileSync(join(out, "result.xlsx")));
    const sheets = [...part(xlsx, "xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(["안내", "요약", "배출량", "CO2e", "누락된 배출계수", "배출계수 출처"]); // ko.ts sheet.*
    const strings = part(xlsx, "xl/sharedStrings.xml");
    for (const header of ["대책", "라벨", "유형", "연도", "부문", "부문명", "범위", "물질", "기준 시나리오 [t/yr]", "감축량 [t/yr]", "완전성"]) expect(strings).toContain(`<t>${header}</t>`);
    expect(strings).toContain("조기폐차"); // measure kind scrappage
    expect(strings).toContain("도로수송: 승용차"); // sector 1.A.3.b.i beside its code
    expect(strings).toContain("직접"); // scope direct
    expect(strings).toContain("grade5-car-scrappage");
    expect(strings).toContain("읽기 쉽도록 유효숫자 4자리로 반올림"); // the README sheet's rows, with the note that the labels await review
    expect(strings).toContain("(ko: 기계로 준비한 라벨, 원어민 검토 대기 중; docs/languages.md 참조)");
    expect(strings).toContain("European Environment Agency"); // citations as published
    const csvHeader = readFileSync(join(out, "emissions.csv"), "utf8").split("\n")[0]!;
    expect(csvHeader).not.toMatch(HANGUL);
    expect(csvHeader).toContain("baseline");
  });

  it("titles the charts in Korean", async () => {
    const out = join(tmp, "charts");
    const r = await cli("run", SEOUL, "--lang", "ko", "--charts", "--quiet", "--out", out);
    expect(r.code).toBe(EXIT.ok);
    const trajectories = readFileSync(join(out, "charts", "trajectories.vl.json"), "utf8");
    expect(trajectories).toContain("기준 시나리오와 시나리오 배출량"); // ko.ts chart.trajectoriesTitle
    expect(trajectories).toContain("배출량 [톤/년]");
    const quadrant = readFileSync(join(out, "charts", "co-benefit-quadrant-AR6-GWP100.vl.json"), "utf8");
    expect(quadrant).toContain("대책의 효과");
  });

  it("refuses an unknown language as a usage error that names the one meant", async () => {
    for (const [given, meant] of [["kr", "ko"], ["jp", "ja"], ["cn", "zh"], ["KO", "ko"], ["mm", "mn"]] as const) {
      const r = await cli("run", SEOUL, "--lang", given);
      expect(r.code, given).toBe(EXIT.usage);
      expect(r.stderr, given).toBe(`cobenefits run: --lang must be one of en, zh, ko, ja, mn; got "${given}". Did you mean "${meant}"?\n`);
    }
    const compare = await cli("compare", SEOUL, SEOUL, "--lang", "jp");
    expect(compare.code).toBe(EXIT.usage);
    expect(compare.stderr).toContain('Did you mean "ja"?');
  });
});
