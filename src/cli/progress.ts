import type { OutputStream } from "./command.js";

/**
 * A progress indicator on stderr that appears only once a run has taken more than a second:
 * on a terminal one line rewritten in place, otherwise a line at most every second. The line is
 * rewritten with the stream's `control` (the raw terminal codes) when it has one.
 */
export function progressReporter(stream: OutputStream & { control?(sequence: string): void }, quiet: boolean, now: () => number = () => performance.now()) {
  const start = now();
  let lastLine = -Infinity;
  let shown = false;
  const control = (sequence: string) => (stream.control === undefined ? stream.write(sequence) : stream.control(sequence));
  return {
    stage(text: string, done?: number, total?: number): void {
      if (quiet) return;
      const t = now();
      const elapsed = t - start;
      if (elapsed < 1000) return;
      const line = `cobenefits: ${text}${done === undefined || total === undefined ? "" : ` ${done}/${total}`} (${(elapsed / 1000).toFixed(1)} s)`;
      if (stream.isTTY) {
        control("\r\x1b[2K");
        stream.write(line);
        shown = true;
      } else if (t - lastLine >= 1000 || (done !== undefined && done === total)) {
        stream.write(`${line}\n`);
        lastLine = t;
      }
    },
    end(): void {
      if (shown) control("\r\x1b[2K");
    },
  };
}
