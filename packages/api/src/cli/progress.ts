import cliProgress from 'cli-progress';

export type Progress = { update(done: number, total?: number): void; stop(): void };

const silent: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr, only when a person is watching (stderr is a terminal) and the job is
 * long enough to be worth one; pipes, CI logs and tests get clean output.
 */
export function createProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
  minimum = 50,
): Progress {
  if (!stream.isTTY || total < minimum) return silent;
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {value}/{total}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (done, newTotal) => {
      if (newTotal !== undefined) bar.setTotal(newTotal);
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
