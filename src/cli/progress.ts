/**
 * A progress indicator on stderr that appears only once a run has taken more than a second:
 * on a terminal one line rewritten in place, otherwise a line at most every second.
 */
export function progressReporter(stream: NodeJS.WriteStream, quiet: boolean, now: () => number = () => performance.now()) {
  const start = now();
  let lastLine = -Infinity;
  let shown = false;
  return {
    stage(text: string, done?: number, total?: number): void {
      if (quiet) return;
      const t = now();
      const elapsed = t - start;
      if (elapsed < 1000) return;
      const line = `cobenefits: ${text}${done === undefined || total === undefined ? "" : ` ${done}/${total}`} (${(elapsed / 1000).toFixed(1)} s)`;
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${line}`);
        shown = true;
      } else if (t - lastLine >= 1000 || (done !== undefined && done === total)) {
        stream.write(`${line}\n`);
        lastLine = t;
      }
    },
    end(): void {
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}
