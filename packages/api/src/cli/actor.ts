import { userInfo } from 'node:os';
import { environmentUserName } from '../app/config.js';

/** Events from the CLI name the operating-system user, unless --actor says otherwise. */
export function cliActor(explicit: string | undefined): string {
  if (explicit) return explicit;
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = environmentUserName() ?? 'unknown';
  }
  return `cli:${name}`;
}
