import { watch, type FSWatcher } from 'node:fs';
import { POINTER } from './read-model-files.js';

/**
 * Calls `onChange` when the read-model pointer of the folder may have changed: at once from fs.watch
 * where the platform supports it, and every `pollMs` anyway (fs.watch misses events on some file
 * systems, network mounts and containers). `onChange` must be cheap and idempotent: it compares the
 * pointer with the file in use. Returns a function that stops watching.
 */
export function watchPointer(dataDir: string, onChange: () => void, pollMs = 1000): () => void {
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dataDir, { persistent: false }, (_event, name) => {
      if (name === null || String(name) === POINTER) onChange();
    });
    watcher.on('error', () => {
      watcher?.close();
      watcher = null; // the poll carries on alone
    });
  } catch {
    // no fs.watch here: the poll alone
  }
  const timer = setInterval(onChange, pollMs);
  timer.unref();
  return () => {
    watcher?.close();
    clearInterval(timer);
  };
}
