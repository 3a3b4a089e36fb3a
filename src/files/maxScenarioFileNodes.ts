/**
 * The most values a scenario file may hold: 200,000 nodes, counting every key, value, list and
 * mapping, and counting each use of a YAML anchor (`*profile`) as a full copy of what it names. A
 * city scenario holds a few thousand; 150 activity rows that share one `*profile` of 20 values
 * add 3,000. The limit bounds the memory and time of reading a file (a YAML file at the limit is
 * read within a 512 MB heap) and stops alias bombs (a few lines that expand to billions of
 * values). More is refused with a typed error (`SCENARIO_FILE_TOO_COMPLEX`) at the line where the
 * count passes the limit.
 * @category Scenario files
 */
export const MAX_SCENARIO_FILE_NODES = 200_000;
