/** Where a command writes: injectable so the command line can be tested in-process. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: NodeJS.WriteStream | { write(text: string): unknown; readonly isTTY?: boolean };
}

/** One subcommand of `cobenefits`, registered by name in the command registry. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  /** Runs the command; resolves to the exit code, or throws a CliFailure / CobenefitsError. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
