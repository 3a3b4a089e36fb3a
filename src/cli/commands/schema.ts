import { scenarioJsonSchema } from "../../scenario/scenarioJsonSchema.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../exitCodes.js";
import { writeFiles } from "../io.js";
import { basename, dirname } from "node:path";

const usage = `Usage: cobenefits schema [--out <file>]

Prints the JSON Schema of scenario files (for editors), or writes it to a file.`;

export const schemaCommand: Command = {
  summary: "print the JSON Schema of scenario files",
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs("schema", argv, { out: { type: "string" } }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
    if (values.out === undefined) io.stdout.write(text);
    else writeFiles(dirname(values.out), [{ name: basename(values.out), content: text }]);
    return EXIT.ok;
  },
};
