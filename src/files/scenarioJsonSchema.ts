import { type ZodType, toJSONSchema } from "zod";
import { ANALYSIS_SECTIONS, ANALYSIS_SECTION_KEYS } from "./analysisSections.js";
import { DECIMAL_PATTERN } from "../units/decimal.js";
import { scenarioSchema } from "../scenario/scenario.js";

/**
 * The JSON Schema (draft 2020-12) of a scenario file, generated from {@link scenarioSchema}, so
 * that editors autocomplete and check scenario files. The package ships it as
 * `cobenefits/scenario.schema.json`. Decimal fields accept a string or a plain number, as
 * {@link parseScenarioFile} does; checks the schema cannot express (ids unique, years in order,
 * factors that exist) are made when the file is read and compiled.
 *
 * @returns the schema as a plain object
 * @example
 * ```ts
 * import { scenarioJsonSchema } from "cobenefits/files";
 * const schema = scenarioJsonSchema() as { else: { required: string[] } };
 * schema.else.required; // ["name", "years", "species", "metrics", "baseline", "measures"] (a file with `extends` takes them from its base)
 * ```
 * @category Scenario files
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = jsonSchemaOf(scenarioSchema);
  const properties = { ...(schema.properties as Record<string, unknown>) };
  // The analysis sections, each from its layer's schema (the core schema types them as unknown).
  for (const key of ANALYSIS_SECTION_KEYS) {
    const section = ANALYSIS_SECTIONS[key];
    if (section === undefined) delete properties[key];
    else {
      const { $schema: _drop, ...js } = jsonSchemaOf(section);
      properties[key] = js;
    }
  }
  // a file that `extends` a base takes the required fields from it
  const { required, ...open } = schema;
  return {
    $schema: schema.$schema,
    title: "cobenefits scenario",
    description: "A city scenario for cobenefits: baseline activities over the years, measures acting on them, species and named climate metrics. See docs/scenario-file-reference.md.",
    ...open,
    properties: { $schema: { type: "string", description: "where this schema is, for editors; ignored by cobenefits" }, extends: { type: "string", description: "a base scenario file (relative to this one) whose fields this file keeps unless it gives them: mappings merge, lists replace, baseline and measures items merge by id ({ id, remove: true } removes one). See docs/scenario-file-reference.md" }, ...properties },
    if: { required: ["extends"] },
    then: {},
    else: { required },
  };
}

/** The JSON Schema of one zod schema, decimal fields accepting a string or a plain number. */
function jsonSchemaOf(zodSchema: ZodType): Record<string, unknown> {
  return toJSONSchema(zodSchema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      const js = ctx.jsonSchema as Record<string, unknown>;
      if (js.type === "string" && js.pattern === DECIMAL_PATTERN.source) {
        delete js.type;
        delete js.pattern;
        js.anyOf = [{ type: "string", pattern: DECIMAL_PATTERN.source }, { type: "number" }];
        js.description = 'a decimal number: a string such as "0.8" or "1e3", or a plain number read exactly as written';
      }
    },
  }) as Record<string, unknown>;
}
