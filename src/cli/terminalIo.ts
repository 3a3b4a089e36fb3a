import { forTerminal } from "../report/forTerminal.js";
import type { CliIo, CommandIo, OutputStream, TerminalStream } from "./command.js";

const terminalStream = (stream: OutputStream): TerminalStream => ({
  write: (text: string) => stream.write(forTerminal(text)),
  control: (sequence: string) => void stream.write(sequence),
  ...(stream.isTTY === undefined ? {} : { isTTY: stream.isTTY }),
  ...(stream.columns === undefined ? {} : { columns: stream.columns }),
});

/**
 * The streams commands write to: every text written is passed through `forTerminal`, so names,
 * ids, units and paths from the user's input cannot send escape sequences or other control
 * characters to the terminal (they are shown as `\u001b` and the like). Table and message text is
 * shown as it is; JSON stays JSON with the same value; CSV cells that hold control characters
 * show them as `\uXXXX` on stdout (the files written by `--out` hold the exact text).
 *
 * @param io - the raw streams (process.stdout and process.stderr, or a test's capture)
 * @returns the same streams, safe for a terminal
 * @example
 * ```ts
 * import { terminalIo } from "./terminalIo.js";
 * const seen: string[] = [];
 * terminalIo({ stdout: { write: (t: string) => seen.push(t) }, stderr: { write: () => true } }).stdout.write("\x1b[2Jname\n");
 * seen; // ["\\u001b[2Jname\n"]
 * ```
 * @category Command line
 */
export function terminalIo(io: CliIo): CommandIo {
  return { stdout: terminalStream(io.stdout), stderr: terminalStream(io.stderr) };
}
