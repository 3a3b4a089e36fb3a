/** A stream the command line writes text to (stdout or stderr, or a test's capture). */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** The terminal's width [columns], when it is a terminal. */
  readonly columns?: number;
}

/** Where the command line writes: injectable so the command line can be tested in-process. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

/**
 * A stream as commands get it from `main`: everything written with `write` is passed through
 * `forTerminal` (control characters and escape sequences from user strings shown as `\u001b`);
 * `control` writes the command line's own terminal control sequences (the progress line) as they are.
 */
export interface TerminalStream extends OutputStream {
  control(sequence: string): void;
}

/** Where a command writes: stdout and stderr, both made safe for a terminal by `main`. */
export interface CommandIo {
  readonly stdout: TerminalStream;
  readonly stderr: TerminalStream;
}

/** One subcommand of `cobenefits`, registered by name in the command registry. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  /** Runs the command; resolves to the exit code, or throws a CliFailure / CobenefitsError. */
  run(args: readonly string[], io: CommandIo): Promise<number>;
}
