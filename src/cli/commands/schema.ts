import { scenarioJsonSchema } from "../../files/scenarioJsonSchema.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../exitCodes.js";
import { writeOutputFile } from "../writeOutputFile.js";

const usage = `Usage: cobenefits schema [--out <file>]

Prints the JSON Schema of scenario files (for editors), or writes it to a file: written to a
temporary file beside it and renamed into place, so an existing file is replaced whole or kept.
Paths under /proc, /sys or /dev and existing folders are refused (exit 3).`;

export const schemaCommand: Command = {
  summary: "print the JSON Schema of scenario files",
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs("schema", argv, { out: { type: "string" } }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
    if (values.out === undefined) io.stdout.write(text);
    else writeOutputFile(values.out, text);
    return EXIT.ok;
  },
};
