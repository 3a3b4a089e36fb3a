/**
 * Exit codes of the `cobenefits` command: 0 success; 1 invalid input (a scenario that fails
 * validation or compilation, with every problem listed); 2 usage (unknown command or option, a
 * missing argument); 3 a file that cannot be read or written; 69 an optional package a feature
 * needs is not installed (sysexits' EX_UNAVAILABLE: vega and vega-lite for `run --charts`); 70 an
 * internal error (a bug: please report it with the input).
 */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, io: 3, unavailable: 69, internal: 70 } as const;

/** One of {@link EXIT}'s values. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the command reports with its exit code and message (no stack trace). */
export class CliFailure extends Error {
  readonly exitCode: ExitCode;
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = "CliFailure";
    this.exitCode = exitCode;
  }
}
