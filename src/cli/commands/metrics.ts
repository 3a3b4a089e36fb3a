import { getCitation } from "../../citations/registry.js";
import { getMetric, listMetrics } from "../../metrics/registry.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../exitCodes.js";

const usage = `Usage: cobenefits metrics [<name>] [--json]

Lists the climate metric sets (no default: name one with run --metric), or one set's values with
their sources. Names may combine a GHG set with a black-carbon set: "AR6-GWP100+Bond2013-GWP100".`;

export const metricsCommand: Command = {
  summary: "list climate metric sets, or one set's values and sources",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("metrics", argv, { json: { type: "boolean" } }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    if (positionals.length === 0) {
      const sets = listMetrics();
      if (values.json) io.stdout.write(`${JSON.stringify(sets, null, 2)}\n`);
      else for (const m of sets) io.stdout.write(`${m.name}\t${m.type}${m.horizon}\t${m.values.map((v) => v.species).join(" ")}\t${m.description}\n`);
      return EXIT.ok;
    }
    const sets = positionals.map((name) => getMetric(name));
    if (values.json) io.stdout.write(`${JSON.stringify(sets.length === 1 ? sets[0] : sets, null, 2)}\n`);
    else {
      for (const m of sets) {
        io.stdout.write(`${m.name}: ${m.type} over ${m.horizon} years. ${m.description}\n`);
        for (const v of m.values) {
          const c = getCitation(v.source.id);
          io.stdout.write(`  ${v.species}\t${v.value} kg CO2-eq/kg\t${c.authors} (${c.year}), ${v.source.table}${v.note === undefined ? "" : `\t${v.note}`}\n`);
        }
      }
    }
    return EXIT.ok;
  },
};
