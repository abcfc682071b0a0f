import { readFileSync } from 'node:fs';
import { parseMunicipalityRegister, type MunicipalityRegister } from '@grip/ledger';
import { ConfigError } from './config.js';

/**
 * The operator's list of municipality codes per year (GRIP_MUNICIPALITY_LIST; format in
 * docs/municipality-codes.md), read once at start. A list that cannot be read or parsed stops the
 * start with every problem named: a half-read list would refuse good codes or pass bad ones.
 */
export function loadMunicipalityList(path: string | undefined): MunicipalityRegister | undefined {
  if (path === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`GRIP_MUNICIPALITY_LIST: cannot read ${path} as JSON: ${(error as Error).message}`]);
  }
  const parsed = parseMunicipalityRegister(json);
  if (!parsed.ok)
    throw new ConfigError(parsed.error.issues.map((i) => `GRIP_MUNICIPALITY_LIST (${path}) ${i.path}: ${i.message}`));
  return parsed.value;
}
