import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeExample } from './__fixtures__/readme-example.js';

describe('the README example', () => {
  it('runs and gives the figures the README shows', async () => {
    const result = await readmeExample();
    expect(result.planned).toEqual(['2022: 250000', '2023: 750000', '2024: 1750000', '2025: 1900000']);
    expect(result.plannedEarly).toEqual(['0', '0', '0', '0']);
    expect(result.domains).toEqual([
      'Participatie/SHV: 200000',
      'Wmo: 650000',
      'Jeugd: 450000',
      'Sociaal breed: 600000',
      'Niet toegerekend aan maatregelen: 0',
    ]);
  });

  it('is the snippet the README prints', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const snippet = readFileSync(new URL('./__fixtures__/readme-example.ts', import.meta.url), 'utf8')
      .split('\n')
      .slice(1)
      .join('\n')
      .trim();
    expect(readme).toContain(snippet.replace("from '@grip/projections'", "from '@grip/projections'"));
  });
});
