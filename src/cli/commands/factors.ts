import { formatCitation } from "../../citations/citation.js";
import { getCitation } from "../../citations/registry.js";
import { builtinFactorGapsFor } from "../../factors/builtinFactorGaps.js";
import { createFactorSet } from "../../factors/factorSet.js";
import { listFactors } from "../../factors/lookupFactor.js";
import { listFactorTables } from "../../factors/factorSet.js";
import { FUEL_GROUPS, listFuels } from "../../factors/fuels.js";
import { rowFlagTexts } from "../../factors/rowFlagMeanings.js";
import { SECTORS, getSectorName } from "../../factors/sectors.js";
import { nearestStrings } from "../../nearestStrings.js";
import { nearestFuels } from "../../factors/nearestFuels.js";
import { SPECIES, type Species } from "../../units/species.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { CliFailure, EXIT } from "../exitCodes.js";
import { SCOPE_DATA_GROUPS, type ScopeDataEntry, scopeDataDetails, scopeDataEntries, scopeDataLine } from "./scopeDataEntries.js";
import { docsUrl } from "../../docsUrl.js";

const usage = `Usage: cobenefits factors [options]
       cobenefits factors grid [--json]
       cobenefits factors scope-data [<group>] [--json]
       cobenefits factors show <row id> [--json]

Lists the built-in emission factors with their citations. \`grid\` lists the built-in grid
electricity factor rows; \`scope-data\` lists the data behind the indirect, heat and upstream
scopes (groups: ${SCOPE_DATA_GROUPS.join(", ")}) with values, units and sources; \`show\` shows
one factor, grid or scope-data row with its citation.
  --species <s>      pollutant, e.g. PM2.5, SO2, CO2
  --sector <code>    NFR/IPCC sector, e.g. 1.A.4.b.i (rows of the sector, its sub-sectors and the parents whose rows apply to it)
  --fuel <id>        fuel id, e.g. anthracite, naturalGas (rows of the fuel and of the groups
                     it belongs to, e.g. hardCoalAndBrownCoal)
  --table <id>       one table, e.g. emep-eea-2019-tier1-1A4 (ids: cobenefits factors --tables)
  --tables           list the built-in tables (id and title)
  --technology <t>   rows whose technology contains this text
  --json             the raw rows (with table, layer and citation) as JSON`;

const citationText = (id: string) => formatCitation(getCitation(id));

export const factorsCommand: Command = {
  summary: "list, filter and show built-in emission factors with their citations",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("factors", argv, {
      species: { type: "string" }, sector: { type: "string" }, fuel: { type: "string" }, table: { type: "string" }, tables: { type: "boolean" }, technology: { type: "string" }, json: { type: "boolean" },
    }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    if (values.species !== undefined && !(SPECIES as readonly string[]).includes(values.species)) {
      throw new CliFailure(EXIT.usage, `cobenefits factors: --species must be one of ${SPECIES.join(", ")}; got "${values.species}"`);
    }
    const tables = listFactorTables();
    if (values.tables) {
      for (const t of tables) io.stdout.write(`${t.id}\t${t.rows.length} rows\t${t.title}\n`);
      return EXIT.ok;
    }
    const refuse = (option: string, value: string, valid: readonly string[], nearest = nearestStrings(value, valid, 3)) => {
      throw new CliFailure(EXIT.usage, `cobenefits factors: no ${option} "${value}"; nearest: ${nearest.join(", ") || "(none)"} (all: ${valid.length > 40 ? `${valid.slice(0, 40).join(", ")} ...` : valid.join(", ")})`);
    };
    if (values.table !== undefined && !tables.some((t) => t.id === values.table)) refuse("table", values.table, tables.map((t) => t.id));
    const fuels = [...listFuels().map((f) => f.id), ...FUEL_GROUPS];
    if (values.fuel !== undefined && !fuels.includes(values.fuel)) refuse("fuel", values.fuel, fuels, nearestFuels(values.fuel, [...listFuels(), ...FUEL_GROUPS], 3));
    if (values.sector !== undefined) {
      try {
        getSectorName(values.sector);
      } catch {
        refuse("sector", values.sector, Object.keys(SECTORS));
      }
    }
    const all = listFactors(createFactorSet(), {
      ...(values.sector === undefined ? {} : { sector: values.sector }),
      ...(values.fuel === undefined ? {} : { fuel: values.fuel }),
      ...(values.species === undefined ? {} : { pollutant: values.species as Species }),
    }).filter((f) => (values.table === undefined || f.tableId === values.table) && (values.technology === undefined || (f.row.technology ?? "").toLowerCase().includes(values.technology.toLowerCase())));
    if (positionals[0] === "grid" || positionals[0] === "scope-data") {
      const group = positionals[0] === "grid" ? "grid" : positionals[1];
      if (positionals.length > (positionals[0] === "grid" ? 1 : 2)) throw new CliFailure(EXIT.usage, `cobenefits factors ${positionals[0]}: unexpected argument "${positionals.at(-1)}"\n\n${usage}`);
      if (group !== undefined && !(SCOPE_DATA_GROUPS as readonly string[]).includes(group)) refuse("scope-data group", group, SCOPE_DATA_GROUPS);
      const entries = scopeDataEntries().filter((e) => group === undefined || e.group === group);
      if (values.json) io.stdout.write(`${JSON.stringify(entries.map((e) => ({ ...e, citation: citationText(e.source.id) })), null, 2)}\n`);
      else for (const e of entries) io.stdout.write(`${scopeDataLine(e)}\n`);
      io.stderr.write(`${entries.length} row${entries.length === 1 ? "" : "s"}; details and citation: cobenefits factors show <id>\n`);
      return EXIT.ok;
    }
    if (positionals[0] === "show") {
      const id = positionals[1];
      if (id === undefined || positionals.length > 2) throw new CliFailure(EXIT.usage, `cobenefits factors show: expected one row id\n\n${usage}`);
      const found = all.find((f) => f.row.id === id);
      if (found === undefined) return showScopeData(id, all.map((f) => f.row.id), values.json === true, io);
      const full = { ...found, citation: citationText(found.row.source.id) };
      if (values.json) io.stdout.write(`${JSON.stringify(full, null, 2)}\n`);
      else {
        const r = found.row;
        const lines = [
          `${r.id}`, `  table:      ${found.tableId} (${found.layer})`, `  sector:     ${r.sector}`, `  fuel:       ${r.fuel}`, ...(r.technology === undefined ? [] : [`  technology: ${r.technology}`]),
          `  ${r.pollutant}: ${r.value} ${r.unit}${r.ci === undefined ? "" : ` (95% CI ${r.ci.lower}-${r.ci.upper})`}`,
          `  source:     ${r.source.id}, ${r.source.table}${r.source.page === undefined ? "" : `, p. ${r.source.page}`} [${r.quality}]`, `  citation:   ${full.citation}`,
          ...(r.via === undefined ? [] : [`  via:        ${r.via}`]), ...(r.note === undefined ? [] : [`  note:       ${r.note}`]),
          ...rowFlagTexts(r.flags).map((t) => `  flag:       ${t}`),
        ];
        io.stdout.write(`${lines.join("\n")}\n`);
      }
      return EXIT.ok;
    }
    if (positionals.length > 0) throw new CliFailure(EXIT.usage, `cobenefits factors: unexpected argument "${positionals[0]}"\n\n${usage}`);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(all.map((f) => ({ ...f, citation: citationText(f.row.source.id) })), null, 2)}\n`);
      return EXIT.ok;
    }
    for (const f of all) {
      const r = f.row;
      io.stdout.write(`${r.id}\t${r.sector}\t${r.fuel}${r.technology === undefined ? "" : ` / ${r.technology}`}\t${r.pollutant} ${r.value} ${r.unit}${r.ci === undefined ? "" : ` [${r.ci.lower}-${r.ci.upper}]`}\t${r.source.id} ${r.source.table}\n`);
    }
    io.stderr.write(`${all.length} row${all.length === 1 ? "" : "s"}; details and citation: cobenefits factors show <row id>\n`);
    // What the built-in tables deliberately leave out where this query looks (docs/data-sources.md).
    const gaps = values.sector === undefined && values.species === undefined ? [] : builtinFactorGapsFor({
      ...(values.sector === undefined ? {} : { sector: values.sector }), ...(values.species === undefined ? {} : { species: values.species as Species }),
    });
    for (const g of gaps) io.stderr.write(`not built in: ${g.what} (${g.sectors.join(", ")}): ${g.why}. Instead: ${g.instead} (${docsUrl("data-sources.md")}, "${g.docs}")\n`);
    return EXIT.ok;
  },
};

/** `factors show <id>` for an id that is no factor row: a scope-data row, or an error with the nearest ids of both kinds. */
function showScopeData(id: string, factorIds: readonly string[], json: boolean, io: Parameters<Command["run"]>[1]): number {
  const entries = scopeDataEntries();
  const e: ScopeDataEntry | undefined = entries.find((x) => x.id === id);
  if (e === undefined) {
    const nearest = nearestStrings(id, [...factorIds, ...entries.map((x) => x.id)], 3);
    throw new CliFailure(EXIT.invalidInput, `cobenefits factors show: no built-in factor, grid or scope-data row "${id}"; nearest: ${nearest.join(", ") || "(none)"} (list ids with: cobenefits factors --json, cobenefits factors grid, cobenefits factors scope-data)`);
  }
  if (json) io.stdout.write(`${JSON.stringify({ ...e, citation: citationText(e.source.id) }, null, 2)}\n`);
  else io.stdout.write(`${scopeDataDetails(e, citationText(e.source.id)).join("\n")}\n`);
  return EXIT.ok;
}
