import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CommandInput } from '../commands/catalogue.js';
import type { Ledger } from './ledger.js';
import { typedExecuteExample } from './__fixtures__/typed-execute-example.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('./__fixtures__/typed-execute-example.ts', import.meta.url), 'utf8');

/** The example's lines between the README markers, without their function-body indentation. */
const markedLines = (source: string): string =>
  source
    .split('// README:begin\n')[1]!
    .split('  // README:end')[0]!
    .split('\n')
    .map((line) => line.replace(/^ {2}/, ''))
    .join('\n');

describe('execute is typed with CommandInput', () => {
  it('takes CommandInput, while executeUnknown takes anything (the type-level half runs in typecheck)', () => {
    expectTypeOf<Parameters<Ledger['execute']>[0]>().toEqualTypeOf<CommandInput>();
    expectTypeOf<Parameters<Ledger['executeUnknown']>[0]>().toEqualTypeOf<unknown>();
    // A number amount is not a CommandInput, for any command that has an amount.
    expectTypeOf({
      type: 'RealiseSaving' as const,
      data: { programmeId: 'p', measureId: 'm', year: 2024, amount: 50000 },
    }).not.toExtend<CommandInput>();
    expectTypeOf({
      type: 'RealiseSaving' as const,
      data: { programmeId: 'p', measureId: 'm', year: 2024, amount: '50000' },
    }).toExtend<CommandInput>();
  });

  it('given the README example, when run, then the typed command is accepted and both number amounts are refused', async () => {
    expect(await typedExecuteExample()).toEqual(['accepted', 'VALIDATION_FAILED', 'VALIDATION_FAILED']);
  });

  it('the README shows the example word for word', () => {
    const section = readme.split('## Typed commands')[1]!.split('\n## ')[0]!;
    const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks[1]).toBe(markedLines(example));
  });
});
