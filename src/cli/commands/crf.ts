import { nearestStrings } from "../../nearestStrings.js";
import { BUILTIN_CRFS, type CrfEndpoint } from "../../impacts/health/crfs.js";
import { impactsCitation } from "../../impacts/impactsCitations.js";
import { BUILTIN_CROP_FUNCTIONS } from "../../impacts/crops/cropFunctions.js";
import { BUILTIN_INTAKE_FRACTIONS } from "../../impacts/exposure/intakeFractions.js";
import { BUILTIN_VSL_PARAMETERS } from "../../impacts/valuation/vslParameters.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { CliFailure, EXIT } from "../exitCodes.js";

const usage = `Usage: cobenefits crf [<name>...] [--json]

Lists the built-in concentration-response functions (no default: name them in
impacts.health.functions), or shows one function's parameters by endpoint with their sources.
Also lists the built-in intake fractions (impacts.exposure.primary.routes) and VSL parameter sets
(impacts.valuation.vsl.parameters). Log-linear, GEMM and IER functions of your own are defined in
the scenario; GBD IER parameters are IHME data and are never bundled. Ozone functions (O3) act on
the M6M metric [ppb] of impacts.exposure.ozone. Also lists the ozone exposure-yield functions of
crops (impacts.crops.functions).`;

function params(e: CrfEndpoint, unit: string): string {
  switch (e.family) {
    case "gemm": return `theta ${e.theta} (SE ${e.thetaSe}) alpha ${e.alpha} mu ${e.mu} nu ${e.nu} counterfactual ${e.counterfactual} ug/m3`;
    case "log-linear": return `RR ${e.rr} (${e.rrLow}-${e.rrHigh}) per ${e.per} ug/m3, counterfactual ${e.counterfactual} ug/m3`;
    case "ier": return `alpha ${e.alpha} gamma ${e.gamma} delta ${e.delta} counterfactual ${e.counterfactual} ug/m3`;
    case "log-linear-beta": return `beta ${e.beta} (${e.betaLow}-${e.betaHigh}) per ${unit}, counterfactual ${e.counterfactual} ${unit}`;
  }
}

function cite(id: string, table: string): string {
  const c = impactsCitation(id);
  if (c === undefined) return `${id}, ${table}`;
  const first = c.authors.split(",")[0] ?? c.authors;
  return `${first}${first === c.authors ? "" : " et al."} (${c.year}), ${table}`;
}

export const crfCommand: Command = {
  summary: "list concentration-response functions, intake fractions and VSL sets, or one function's parameters and sources",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("crf", argv, { json: { type: "boolean" } }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    if (positionals.length === 0) {
      if (values.json) io.stdout.write(`${JSON.stringify({ functions: BUILTIN_CRFS, intakeFractions: BUILTIN_INTAKE_FRACTIONS, vslParameters: BUILTIN_VSL_PARAMETERS, cropFunctions: BUILTIN_CROP_FUNCTIONS }, null, 2)}\n`);
      else {
        io.stdout.write("Concentration-response functions:\n");
        for (const f of BUILTIN_CRFS) io.stdout.write(`  ${f.name}\t${f.endpoints.map((e) => e.endpoint).join(" ")}${f.pollutant === "O3" ? " (ozone: M6M [ppb])" : ""}\t${f.description}\n`);
        io.stdout.write("Intake fractions of primary PM2.5:\n");
        for (const f of BUILTIN_INTAKE_FRACTIONS) io.stdout.write(`  ${f.name}\t${f.value} ${f.unit}\t${cite(f.source.id, f.source.table)}\n`);
        io.stdout.write("Ozone exposure-yield functions of crops (impacts.crops.functions):\n");
        for (const f of BUILTIN_CROP_FUNCTIONS) io.stdout.write(`  ${f.name}\t${f.metric}\t${f.crops.map((c) => `${c.crop} ${c.family === "linear" ? `slope ${c.slope} per ppm h` : `a ${c.a} b ${c.b} threshold ${c.threshold} ppb`}`).join("; ")}\t${cite(f.crops[0]?.source.id ?? "", f.description)}\n`);
        io.stdout.write("VSL parameter sets:\n");
        for (const v of BUILTIN_VSL_PARAMETERS) io.stdout.write(`  ${v.name}\t${v.baseValue} ${v.currency} ${v.priceYear} (${v.baseValueLow}-${v.baseValueHigh}) at ${v.baseIncome} ${v.currency}/person; elasticity ${v.elasticity} (${v.elasticityLow}-${v.elasticityHigh})\t${cite(v.source.id, v.source.table)}\n`);
      }
      return EXIT.ok;
    }
    const fns = positionals.map((name) => {
      const f = BUILTIN_CRFS.find((c) => c.name === name);
      if (f !== undefined) return f;
      const near = nearestStrings(name, BUILTIN_CRFS.map((c) => c.name), 2);
      throw new CliFailure(EXIT.usage, `cobenefits crf: no function "${name}"; nearest: ${near.join(", ") || "(none)"} (all: ${BUILTIN_CRFS.map((c) => c.name).join(", ")})`);
    });
    if (values.json) io.stdout.write(`${JSON.stringify(fns.length === 1 ? fns[0] : fns, null, 2)}\n`);
    else {
      for (const f of fns) {
        io.stdout.write(`${f.name}: ${f.description}. Bounds: ${f.bounds}.\n`);
        for (const e of f.endpoints) io.stdout.write(`  ${e.endpoint}\t${e.family}: ${params(e, f.pollutant === "O3" ? "ppb" : "ug/m3")}\t${cite(e.source.id, e.source.table)}${e.via === undefined ? "" : ` (via ${e.via})`}\n`);
      }
    }
    return EXIT.ok;
  },
};
