/**
 * The deepest nesting of lists and mappings a scenario file may have: 64 levels, counting through
 * YAML aliases. A scenario nests about 8 deep (`factors.userTables[0].rows[0].source.id`); deeper
 * input is refused with a typed error (`SCENARIO_FILE_TOO_COMPLEX`) at the line where it passes
 * the limit, before anything that could overflow the stack reads it.
 * @category Scenario files
 */
export const MAX_SCENARIO_FILE_DEPTH = 64;
