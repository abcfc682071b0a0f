// bench/results.md: a header (date, machine) and one section per benchmark between markers, so a run of
// one benchmark (--only) replaces its own section and keeps every other benchmark's.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname } from 'node:path';

const begin = (name) => `<!-- bench:${name} -->`;
const end = (name) => `<!-- /bench:${name} -->`;

export function machineDescription() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  // The load average says how shared the machine was: absolute figures fall with it, ratios much less.
  const load = loadavg()[0].toFixed(1);
  return `${availableParallelism()} × ${cpu}, ${memory} RAM, ${platform()} ${release()}, Node ${process.version}, load average ${load}`;
}

/** The markdown of one section: its title, when and where it ran, and its body. */
export function sectionMarkdown(name, title, body, { mode, date }) {
  return [
    begin(name),
    `## ${title}`,
    '',
    `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${mode} mode, ${machineDescription()}.`,
    '',
    body.trimEnd(),
    end(name),
  ].join('\n');
}

/** Writes `sections` (name → markdown) into the file, replacing those sections and keeping the others. */
export function writeSections(path, sections) {
  let text = existsSync(path)
    ? readFileSync(path, 'utf8')
    : '# Benchmark results\n\nWritten by `npm run bench` (scripts/bench/run.mjs); every figure is a ratio against a baseline measured in the same run. Each section says when and on which machine it was measured.\n';
  for (const [name, markdown] of sections) {
    const from = text.indexOf(begin(name));
    const to = text.indexOf(end(name));
    text =
      from >= 0 && to > from
        ? `${text.slice(0, from)}${markdown}${text.slice(to + end(name).length)}`
        : `${text.trimEnd()}\n\n${markdown}\n`;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}
