import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The COMPILED SQLite adapter: child processes run plain node, which cannot load our TypeScript. */
export const COMPILED_SQLITE_ADAPTER = fileURLToPath(
  new URL('../../../../dist/store/sqlite/index.js', import.meta.url),
);
export const compiledAdapterExists = (): boolean => existsSync(COMPILED_SQLITE_ADAPTER);
export const fixtureScript = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

export type Child = {
  readonly process: ChildProcessWithoutNullStreams;
  /** Every complete stdout line so far. */
  readonly lines: string[];
  /** Resolves with the first line (including earlier ones) that matches. */
  waitForLine(match: (line: string) => boolean): Promise<string>;
  /** Resolves with the exit code or signal once the process is gone. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
};

/** Spawns `node script ...args` and splits its stdout into lines as they arrive. */
export function spawnNode(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let pending = '';
  let errors = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    let newline: number;
    while ((newline = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      lines.push(line);
      for (const w of waiters.filter((w) => w.match(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    process: child,
    lines,
    exited,
    stderr: () => errors,
    waitForLine(match) {
      const earlier = lines.find(match);
      if (earlier !== undefined) return Promise.resolve(earlier);
      return new Promise<string>((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then(({ code, signal }) =>
          reject(new Error(`child exited (${code ?? signal}) before the expected line; stderr: ${errors}`)),
        );
      });
    },
  };
}
