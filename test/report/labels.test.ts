import { describe, expect, it } from "vitest";
import { SECTORS, SPECIES, type TradeOff } from "../../src/index.js";
import { MEASURE_KINDS } from "../../src/engine.js";
import type { EmissionScope } from "../../src/factors/scopeOfFuel.js";
import { EN } from "../../src/report/labels/en.js";
import { LABEL_REVIEW, LABEL_TABLES, LANGUAGES, label, sectorLabel, speciesLabel, termLabel } from "../../src/report/labels/labels.js";

const FLAGS = ["coBenefit", "airPollutantsDownCo2eUp", "airPollutantsUpCo2eDown", "noGhgEffect", "incomplete"] as const satisfies readonly TradeOff["flags"][number][];
const SCOPES = ["direct", "indirect", "indirectHeat", "upstream"] as const satisfies readonly EmissionScope[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the label tables", () => {
  it("give every key in every language, none empty, with the same placeholders as English", () => {
    for (const lang of LANGUAGES) {
      const table = LABEL_TABLES[lang];
      expect(Object.keys(table).sort(), lang).toEqual(Object.keys(EN).sort());
      for (const [key, text] of Object.entries(table)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe("");
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(EN[key as keyof typeof EN]));
      }
    }
  });

  it("label every species, every sector code, every measure kind, every trade-off flag and every scope the library knows", () => {
    const keys = new Set(Object.keys(EN));
    const needed = [...SPECIES.map((s) => `species.${s}`), ...Object.keys(SECTORS).map((c) => `sector.${c}`), ...Object.keys(MEASURE_KINDS).map((k) => `measureKind.${k}`), ...FLAGS.map((f) => `flag.${f}`), ...SCOPES.map((s) => `scope.${s}`)];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("keep the English sector names identical to the library's own (SECTORS)", () => {
    for (const [code, name] of Object.entries(SECTORS)) expect(EN[`sector.${code}` as keyof typeof EN]).toBe(name);
  });

  it("translate: no other language repeats the English of a sector, a flag or a measure kind", () => {
    for (const lang of LANGUAGES.filter((l) => l !== "en")) {
      const same = Object.keys(EN).filter((k) => /^(sector|flag|measureKind)\./.test(k) && LABEL_TABLES[lang][k as keyof typeof EN] === EN[k as keyof typeof EN]);
      expect(same, lang).toEqual([]);
    }
  });

  it("say which languages await review by native speakers: all but English", () => {
    expect(LANGUAGES.filter((l) => LABEL_REVIEW[l] === "machine-prepared")).toEqual(["zh", "ko", "ja", "mn"]);
  });

  it("keep formulas and codes as written beside the words, and the user's values in placeholders", () => {
    expect(speciesLabel("zh", "SO2")).toBe("SO2 二氧化硫");
    expect(sectorLabel("ko", "1.A.3.b.iii")).toBe("1.A.3.b.iii 도로수송: 대형 차량 및 버스");
    expect(sectorLabel("ja", "9.Z")).toBe("9.Z"); // a code the tables do not know stays a code
    expect(termLabel("mn", "measureKind", "fuelSwitch")).toBe("түлш солих");
    expect(label("ja", "title.comparisonReference", { reference: "首都圏 案A" })).toContain("「首都圏 案A」");
  });
});
