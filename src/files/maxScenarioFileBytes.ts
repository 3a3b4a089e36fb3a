import type { MAX_SCENARIO_FILE_NODES } from "./maxScenarioFileNodes.js";

/**
 * The largest scenario file cobenefits reads: 10 MiB (10,485,760 bytes of UTF-8). A city
 * scenario is a few kilobytes; the limit keeps a malformed or hostile file from exhausting memory
 * (a file at the limit is read within a 512 MB heap: one 10 MiB string takes about 120 MB; a file
 * of many small values is bounded by {@link MAX_SCENARIO_FILE_NODES} first). Larger input is
 * refused with a typed error (`SCENARIO_FILE_TOO_LARGE`) naming the limit and the size, before it
 * is parsed.
 * @category Scenario files
 */
export const MAX_SCENARIO_FILE_BYTES = 10 * 1024 * 1024;
