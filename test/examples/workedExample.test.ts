import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "..", "..");

describe("the README's worked example (npm run example)", () => {
  it("runs end to end and prints a cited inventory with CO2e under named metrics", () => {
    const out = execFileSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "examples", "coal-boilers-and-buses.ts")], { cwd: ROOT, encoding: "utf8" });
    // heating boilers: 120 kt x 20.9 GJ/t x 108 g/GJ (EMEP/EEA 2019 1.A.4 Table 3-7) = 270.864 t PM2.5
    expect(out).toMatch(/heating-boilers\s+270\.9/);
    expect(out).toContain("CO2e of CO2 + CH4 + N2O under AR6-GWP100:");
    expect(out).toContain("AR6-GWP100+Bond2013-GWP100");
    expect(out).toContain("Table 3-7 (officialDatabase)");
    expect(out).toContain("buses-euro-iv BC");
  });
});
