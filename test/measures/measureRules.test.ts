import { describe, expect, it } from "vitest";
import { MEASURE_KINDS } from "../../src/engine.js";
import { particleNestingIssues } from "../../src/engine.js";

// A measure kind owns its rules (docs/architecture.md, "Adding a measure kind"): whether it follows
// moved activity, and what it must say about the particles nested with PM2.5.
describe("the rules of each measure kind are fields of its definition", () => {
  it("lets demand-side measures (buildingRetrofit, seasonalCurtailment) follow moved activity, and keeps equipment (controlDevice, dpfRetrofit, dustControl) on what it treats", () => {
    const follows = Object.entries(MEASURE_KINDS).filter(([, k]) => k.phase === "modify" && k.carriesOver).map(([name]) => name);
    expect(follows.sort()).toEqual(["buildingRetrofit", "seasonalCurtailment"]);
  });

  it("asks devices removing PM2.5 about BC, OC, PM10 and TSP, and dust control about PM10 and TSP only (it acts on sizes, not on components)", () => {
    const asked = Object.fromEntries(Object.entries(MEASURE_KINDS).flatMap(([name, k]) => (k.phase === "modify" && k.particleNesting !== undefined ? [[name, k.particleNesting.species]] : [])));
    expect(asked).toEqual({ controlDevice: ["BC", "OC", "PM10", "TSP"], dpfRetrofit: ["BC", "OC", "PM10", "TSP"], dustControl: ["PM10", "TSP"] });
  });

  it("reads the nesting rule from the kind when checking a scenario, naming the measure as the kind does", () => {
    const species = ["PM2.5", "PM10", "BC"] as const;
    const measures = [
      { id: "dpf", kind: "dpfRetrofit", removal: { "PM2.5": "0.9" } },
      { id: "sweep", kind: "dustControl", removal: { "PM2.5": "0.4" } },
      { id: "scrap", kind: "scrappage" },
    ];
    const issues = particleNestingIssues({ species, measures } as never);
    expect(issues.map((i) => i.path)).toEqual([["measures", 0, "removal", "BC"], ["measures", 0, "removal", "PM10"], ["measures", 1, "removal", "PM10"]]);
    expect(issues[2]?.message).toContain("say what the dust control does to PM10");
  });
});
