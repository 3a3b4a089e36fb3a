import { describe, expect, it } from "vitest";
import { cli } from "./runCli.js";

describe("cobenefits crf", () => {
  it("lists the built-in functions, intake fractions and VSL sets by name", async () => {
    const r = await cli("crf");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/GEMM-Burnett2018-with-China\tihd stroke copd lc/);
    expect(r.stdout).toMatch(/Humbert2011-urban-ground\t44 ppm/);
    expect(r.stdout).toMatch(/OECD2012-EU27\t3600000 USD 2005 \(1800000-5400000\)/);
  });

  it("shows one function's parameters by cause with its citation, saying its bounds are one standard error", async () => {
    const r = await cli("crf", "GEMM-Burnett2018-without-China");
    expect(r.stdout).toContain("theta -/+ one standard error (not a 95 % interval)");
    // rfasst raw.rr.param.bur2018.without: ihd medium 0.2543, high 0.30019, alpha 4.9, mu -21.1, nu 17.7
    expect(r.stdout).toMatch(/ihd\tgemm: theta 0.2543 \(SE 0.04589\) alpha 4.9 mu -21.1 nu 17.7 counterfactual 2.4 ug\/m3\tBurnett R. et al. \(2018\)/);
  });

  it("gives JSON, and refuses an unknown name with the nearest ones (usage, exit 2)", async () => {
    const j = await cli("crf", "GEMM-Burnett2018-with-China", "--json");
    expect(JSON.parse(j.stdout).endpoints).toHaveLength(4);
    const r = await cli("crf", "GEMM-with-China");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nearest: GEMM-Burnett2018-with-China");
  });
});
