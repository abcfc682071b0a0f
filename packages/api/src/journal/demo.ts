import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Clock, EventStore } from '@grip/ledger';
import type { ImportLog } from './import-log.js';
import { importJournals, type ImportProgress } from './import-journals.js';
import { readJournal } from './read-journal.js';

export type DemoImportOptions = {
  /** Folder with the demo journals; found next to the package by default. */
  readonly directory?: string;
  readonly actor?: string;
  readonly onProgress?: ImportProgress;
};

export type DemoImportSummary = { readonly journals: number; readonly commands: number; readonly events: number };

/** The demo journals, in the order they are imported (the file name is part of each event's source). */
/** The actor of the demo import, also how its unfinished import is recognised at the next start. */
export const DEMO_ACTOR = 'system:demo-import';

export const DEMO_JOURNALS = ['hoogeveen.yaml', 'assen.yaml', 'buren.yaml', 'dalfsen.yaml'] as const;

/**
 * examples/journals sits at the repository root. This file runs from src/journal (tests) or
 * dist/journal (built), both three levels below the package, which is two below the root; walking up
 * instead of counting levels keeps it working if either layout changes.
 */
export function demoJournalDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'examples', 'journals');
    if (existsSync(join(candidate, DEMO_JOURNALS[0]))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('examples/journals not found above the @grip/api package');
}

/** Lists the journals of a folder that importDemoJournals would import, in order. */
export function demoJournalFiles(directory = demoJournalDirectory()): string[] {
  const present = new Set(readdirSync(directory));
  return DEMO_JOURNALS.filter((name) => present.has(name)).map((name) => resolve(directory, name));
}

/**
 * Imports every demo journal, all or nothing; re-running it writes nothing new. The server calls this
 * when the store is empty, so `npm start` shows real programmes at once.
 */
export async function importDemoJournals(
  // What it needs of the service (app/open-grip.ts's Grip has it), so journal/ does not depend on app/.
  grip: { readonly store: EventStore; readonly clock: Clock; readonly imports?: ImportLog },
  options: DemoImportOptions = {},
): Promise<DemoImportSummary> {
  const files = demoJournalFiles(options.directory ?? demoJournalDirectory());
  const journals = await Promise.all(files.map((file) => readJournal(file)));
  const summary = await importJournals(grip, journals, {
    actor: options.actor ?? DEMO_ACTOR,
    ...(grip.imports && { importLog: grip.imports }),
    ...(options.onProgress && { onProgress: options.onProgress }),
  });
  return { journals: summary.journals, commands: summary.commands, events: summary.events };
}
