import { readFileSync } from "node:fs";
import { MAX_SCENARIO_FILE_BYTES } from "../files/maxScenarioFileBytes.js";
import { CliFailure, EXIT } from "./exitCodes.js";
import { readText } from "./io.js";

/** Standard input as a command reads it: its bytes, and whether it is a terminal (nobody piped anything). */
export interface StandardInput {
  readonly isTTY: boolean;
  /** Reads everything until the end; may be called once. */
  read(): Buffer;
}

/** The process's standard input (file descriptor 0). */
export const PROCESS_STDIN: StandardInput = {
  get isTTY() {
    return process.stdin.isTTY === true;
  },
  read: () => readFileSync(0),
};

/**
 * The scenario a command is given: a file, or, for `-`, standard input (`cat city.yaml |
 * cobenefits run -`). Standard input is read to its end, within the same size limit as a file, and
 * named `stdin` in messages (with the line of every problem, as for a file); it is read as JSON
 * when its first character other than white space is `{`, else as YAML.
 *
 * @param path - the argument as given: a file path, or `-`
 * @param stdin - standard input (injectable for tests)
 * @param limit - the largest size accepted [bytes]
 * @returns the text and the name to use in messages
 * @throws CliFailure: exit 2 when `-` is given but standard input is a terminal; exit 1 when it is
 *   larger than the limit; as {@link readText} for a file
 * @example
 * ```ts
 * import { readScenarioInput } from "./scenarioInput.js";
 * readScenarioInput("-", { isTTY: false, read: () => Buffer.from("name: x\n") }); // { text: "name: x\n", fileName: "stdin", format: "yaml" }
 * ```
 * @category Command line
 */
export function readScenarioInput(path: string, stdin: StandardInput = PROCESS_STDIN, limit: number = MAX_SCENARIO_FILE_BYTES): { text: string; fileName: string; format?: "json" | "yaml" } {
  if (path !== "-") return { text: readText(path, limit), fileName: path };
  if (stdin.isTTY) throw new CliFailure(EXIT.usage, "cobenefits: \"-\" reads the scenario from standard input, but nothing is piped in; e.g. cat city.yaml | cobenefits run -");
  const bytes = stdin.read();
  if (bytes.length > limit) throw new CliFailure(EXIT.invalidInput, `cannot read stdin: it has ${bytes.length.toLocaleString("en-US")} bytes, more than the ${limit.toLocaleString("en-US")} bytes a scenario file may have`);
  const text = bytes.toString("utf8");
  return { text, fileName: "stdin", format: /^\s*\{/.test(text) ? "json" : "yaml" };
}
