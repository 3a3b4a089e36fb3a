/**
 * The largest scenario file cobenefits reads: 10 MiB (10,485,760 bytes of UTF-8). A city
 * scenario is a few kilobytes; the limit keeps a malformed or hostile file from exhausting memory
 * (a file at the limit parses within a 512 MB heap). Larger input is refused with a typed error
 * before it is parsed.
 * @category Scenario files
 */
export const MAX_SCENARIO_FILE_BYTES = 10 * 1024 * 1024;
