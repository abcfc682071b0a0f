/**
 * An immutable, append-mostly list with structural sharing: appending copies only the last chunk and
 * the chunk pointers, not every element, so folding a long stream stays linear and light on the GC.
 */
const CHUNK = 64;

export type AppendLog<T> = { readonly chunks: ReadonlyArray<ReadonlyArray<T>>; readonly size: number };

export const emptyLog = <T>(): AppendLog<T> => ({ chunks: [], size: 0 });

export function appendTo<T>(log: AppendLog<T>, item: T): AppendLog<T> {
  const last = log.chunks[log.chunks.length - 1];
  if (last && last.length < CHUNK) return { chunks: [...log.chunks.slice(0, -1), [...last, item]], size: log.size + 1 };
  return { chunks: [...log.chunks, [item]], size: log.size + 1 };
}

export function logToArray<T>(log: AppendLog<T>): T[] {
  return log.chunks.flat<ReadonlyArray<ReadonlyArray<T>>>();
}

export function findInLog<T>(log: AppendLog<T>, predicate: (item: T) => boolean): { index: number; item: T } | null {
  for (let c = 0; c < log.chunks.length; c++) {
    const chunk = log.chunks[c]!;
    for (let i = 0; i < chunk.length; i++) if (predicate(chunk[i]!)) return { index: c * CHUNK + i, item: chunk[i]! };
  }
  return null;
}

export function replaceInLog<T>(log: AppendLog<T>, index: number, item: T): AppendLog<T> {
  const c = Math.floor(index / CHUNK);
  const chunk = [...log.chunks[c]!];
  chunk[index % CHUNK] = item;
  return { chunks: log.chunks.map((existing, i) => (i === c ? chunk : existing)), size: log.size };
}
