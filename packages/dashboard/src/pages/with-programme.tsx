import type { ComponentChildren } from 'preact';
import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { Loaded } from '../components/status.js';
import { loadProgramme, type ProgrammeData } from '../api/load-programme.js';

/** Loads a programme as known at the current moment and renders it (or the loading or error state). */
export function WithProgramme({ id, children }: { id: string; children: (data: ProgrammeData) => ComponentChildren }) {
  const { api, asOf } = useApp();
  const [load, retry] = useLoad(() => loadProgramme(api, id, asOf), [api, id, asOf]);
  return (
    <Loaded load={load} retry={retry}>
      {children}
    </Loaded>
  );
}
