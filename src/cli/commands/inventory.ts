import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { Citation } from "../../citations/citation.js";
import { computeInventoryFromCsv } from "../../inventory/computeInventoryFromCsv.js";
import type { InventoryResult } from "../../inventory/inventoryResult.js";
import { toCsv } from "../../report/csv.js";
import { SPECIES, type Species } from "../../units/species.js";
import { oneOf, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { CliFailure, EXIT } from "../exitCodes.js";
import { writeOutputFolder } from "../writeOutputFolder.js";

const usage = `Usage: cobenefits inventory <activities.csv> --species <list> [options]

Computes a national inventory from CSV: emissions by sector and species [t/yr], each factor
looked up once per distinct (sector, fuel, technology, unit), with the citation of every
factor used. Columns are found by name (any order, case-insensitive); a unit may be written in
the column's name: amount_t or "amount [t]", ef_g_per_GJ or "ef [g/GJ]", ncv_GJ_per_t.

  activities.csv          sector, fuel, [technology], amount (or activity), [unit], [ncv]
  --species <list>        species to compute, comma-separated (required), e.g. PM2.5,SO2,NOx,CO2
  --factors <file.csv>    your emission factors: sector, fuel, [technology], species, ef
                          (or factor, value), [unit]; they take precedence over built-ins
  --ncv <file.csv>        your net calorific values: fuel, ncv (or value), [unit]
  --amount-unit <u>       unit of the activity amounts, e.g. t, kt, TJ (unless in the name or a unit column)
  --factor-unit <u>       unit of your factors, e.g. g/GJ, kg/TJ, g/kg fuel
  --ncv-unit <u>          unit of your NCVs (NCV file and activity ncv column), e.g. GJ/t
  --ncv-outside-ipcc-range <why>
                          why your NCV file's values may lie outside their fuel's IPCC 2006
                          Table 1.2 range (else such a value is refused); shown in provenance
  --citation-id <id>      the publication your factor and NCV files come from: every factor
  --citation-title <t>    carries its citation. Required with --factors or --ncv: id, title,
  --citation-authors <a>  authors, publisher, year, and a url or doi
  --citation-publisher <p>
  --citation-year <yyyy>
  --citation-url <url> | --citation-doi <doi>
  --builtin <ids|none>    built-in tables under yours: all (default), none, or ids comma-separated
                          (see cobenefits factors --tables)
  --on-missing <policy>   error (default: stop, listing every key without a factor with the
                          nearest valid keys) or omit (compute the rest, list them in missing.csv)
  --exact                 also compute every total exactly in decimals (column exact)
  --format <f>            table (default: sectors x species), csv (long table) or json
  --out <dir>             also write totals.csv/.json, provenance.csv/.json (one row per distinct
                          factor used, with its citation) and missing.csv; all or nothing, as run --out`;

const OUT_FILES = new Set(["totals.csv", "totals.json", "provenance.csv", "provenance.json", "missing.csv"]);
const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** A CSV file's bytes; a folder, device or missing file is an I/O failure (exit 3). */
function readCsvFile(path: string): { name: string; contents: Uint8Array } {
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new CliFailure(EXIT.io, `cannot read ${path}: ${st.isDirectory() ? "it is a folder, not a file" : "it is not a regular file"}`);
    return { name: basename(path), contents: readFileSync(path) };
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliFailure(EXIT.io, `cannot read ${path}: ${code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
}

const totalsCsv = (r: InventoryResult) => toCsv(["sector", "species", "scope", "value", "exact", "unit"], r.totals, { numeric: ["value", "exact"] });
const PROVENANCE = ["kind", "factorRow", "table", "layer", "sector", "fuel", "technology", "species", "value", "unit", "quality", "sourceId", "sourceTable", "sourcePage", "citation", "rows"];
const provenanceCsv = (r: InventoryResult) =>
  toCsv(PROVENANCE, r.provenance.map((p) => ({ ...p, sourceId: p.source.id, sourceTable: p.source.table, sourcePage: p.source.page ?? null })), { numeric: ["value", "rows"] });
const missingCsv = (r: InventoryResult) => toCsv(["sector", "fuel", "technology", "species", "rows", "line", "reason"], r.missing, { numeric: ["rows", "line"] });

/** Sectors x species, as a text table [t/yr]; exact values when computed. */
function table(r: InventoryResult): string {
  const shown = (v: number | null, exact?: string) => exact ?? (v === null ? "" : v === 0 ? "0" : String(Number(v.toPrecision(10))));
  const lines: string[][] = [["sector", "scope", ...r.species.map((s) => `${s} [t]`)]];
  const key = (t: { sector: string; scope: string }) => `${t.scope}\u0000${t.sector}`;
  const rows = new Map<string, string[]>();
  for (const t of r.totals) {
    let line = rows.get(key(t));
    if (line === undefined) rows.set(key(t), (line = [t.sector, t.scope]));
    line.push(shown(t.value, t.exact));
  }
  lines.push(...rows.values());
  for (const t of r.speciesTotals) {
    let line = rows.get(`total\u0000${t.scope}`);
    if (line === undefined) {
      rows.set(`total\u0000${t.scope}`, (line = ["all sectors", t.scope]));
      lines.push(line);
    }
    line.push(`${shown(t.value, t.exact)}${t.complete ? "" : " (partial)"}`);
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => (l[c] ?? "").length)));
  return lines.map((l) => l.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")).join("\n");
}

export const inventoryCommand: Command = {
  summary: "a national inventory from CSV: emissions by sector and species, factors cited",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("inventory", argv, {
      species: { type: "string" }, factors: { type: "string" }, ncv: { type: "string" },
      "amount-unit": { type: "string" }, "factor-unit": { type: "string" }, "ncv-unit": { type: "string" }, "ncv-outside-ipcc-range": { type: "string" },
      "citation-id": { type: "string" }, "citation-title": { type: "string" }, "citation-authors": { type: "string" }, "citation-publisher": { type: "string" },
      "citation-year": { type: "string" }, "citation-url": { type: "string" }, "citation-doi": { type: "string" },
      builtin: { type: "string" }, "on-missing": { type: "string" }, exact: { type: "boolean" }, format: { type: "string" }, out: { type: "string" },
    }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    if (positionals.length !== 1) throw new CliFailure(EXIT.usage, `cobenefits inventory: expected one activity CSV file, got ${positionals.length}\n\n${usage}`);
    const format = oneOf("inventory", "format", values.format, ["table", "csv", "json"] as const, "table");
    const onMissingFactor = oneOf("inventory", "on-missing", values["on-missing"], ["error", "omit"] as const, "error");
    if (values.species === undefined) throw new CliFailure(EXIT.usage, `cobenefits inventory: --species is required, e.g. --species PM2.5,SO2,NOx,CO2 (valid: ${SPECIES.join(", ")})`);
    const species = values.species.split(",").map((s) => s.trim()).filter((s) => s !== "");
    const unknown = species.find((s) => !(SPECIES as readonly string[]).includes(s));
    if (unknown !== undefined) throw new CliFailure(EXIT.usage, `cobenefits inventory: --species: unknown species "${unknown}"; valid: ${SPECIES.join(", ")}`);
    let citation: Citation | undefined;
    if (values.factors !== undefined || values.ncv !== undefined) {
      const need = ["citation-id", "citation-title", "citation-authors", "citation-publisher", "citation-year"] as const;
      const absent = need.filter((n) => values[n] === undefined);
      if (values["citation-url"] === undefined && values["citation-doi"] === undefined) absent.push("citation-url or --citation-doi" as never);
      if (absent.length > 0) throw new CliFailure(EXIT.usage, `cobenefits inventory: your factor and NCV tables need the citation their values come from; missing: --${absent.join(", --")}`);
      const year = Number(values["citation-year"]);
      if (!Number.isInteger(year)) throw new CliFailure(EXIT.usage, `cobenefits inventory: --citation-year must be a year such as 2024; got "${values["citation-year"]}"`);
      citation = {
        id: values["citation-id"]!, title: values["citation-title"]!, authors: values["citation-authors"]!, publisher: values["citation-publisher"]!, year,
        ...(values["citation-url"] === undefined ? {} : { url: values["citation-url"] }), ...(values["citation-doi"] === undefined ? {} : { doi: values["citation-doi"] }),
      };
    } else if (values["citation-id"] !== undefined) throw new CliFailure(EXIT.usage, "cobenefits inventory: a citation is given but no --factors or --ncv file to cite");
    const builtin = values.builtin === undefined || values.builtin === "all" ? undefined : values.builtin === "none" ? [] : values.builtin.split(",").map((s) => s.trim());
    const result = computeInventoryFromCsv(
      {
        activities: readCsvFile(positionals[0]!),
        ...(values.factors === undefined ? {} : { factors: readCsvFile(values.factors) }),
        ...(values.ncv === undefined ? {} : { ncv: readCsvFile(values.ncv) }),
        ...(citation === undefined ? {} : { citation }),
        ...(values["amount-unit"] === undefined ? {} : { amountUnit: values["amount-unit"] }),
        ...(values["factor-unit"] === undefined ? {} : { factorUnit: values["factor-unit"] }),
        ...(values["ncv-unit"] === undefined ? {} : { ncvUnit: values["ncv-unit"], ncvTableUnit: values["ncv-unit"] }),
        ...(values["ncv-outside-ipcc-range"] === undefined ? {} : { ncvOutsideIpccRange: values["ncv-outside-ipcc-range"] }),
        ...(builtin === undefined ? {} : { builtinTables: builtin }),
      },
      { species: species as Species[], onMissingFactor, exact: values.exact === true },
    );
    if (format === "table") io.stdout.write(`${table(result)}\n`);
    else if (format === "csv") io.stdout.write(totalsCsv(result));
    else io.stdout.write(json(result));
    if (result.missing.length > 0) io.stderr.write(`cobenefits inventory: ${result.missing.length} key(s) x species without a factor were left out (totals marked partial)${values.out === undefined ? "; --out writes them to missing.csv" : ""}\n`);
    if (values.out !== undefined) {
      const files = [
        { name: "totals.csv", content: totalsCsv(result) }, { name: "totals.json", content: json({ rows: result.rows, keys: result.keys, species: result.species, totals: result.totals, speciesTotals: result.speciesTotals, rules: result.rules }) },
        { name: "provenance.csv", content: provenanceCsv(result) }, { name: "provenance.json", content: json(result.provenance) },
        { name: "missing.csv", content: missingCsv(result) },
      ];
      const written = writeOutputFolder(values.out, files, (p) => OUT_FILES.has(p));
      io.stderr.write(`cobenefits: wrote ${written.length} files to ${values.out}\n`);
    }
    return EXIT.ok;
  },
};
