import type { Command } from 'commander';
import { Option } from 'commander';
import { ROLES, type Role } from '../../auth/principal.js';
import { municipalityCodeSchema } from '@grip/ledger';
import { usageError } from '../cli-error.js';
import { withGrip, type GlobalOptions } from '../open-cli-grip.js';

type CreateOptions = { name: string; role: Role; municipality?: string[]; all?: boolean };

export function registerKeys(program: Command, globals: () => GlobalOptions): void {
  const keys = program
    .command('keys')
    .summary('manage API keys')
    .description('Manage the API keys of the HTTP service.');
  keys
    .command('create')
    .summary('create an API key and print it once')
    .description(
      'Creates a key for a principal with a role and the municipalities it may see. Only a hash is stored: the key is printed once.',
    )
    .requiredOption('--name <name>', 'who or what uses the key, e.g. "controller Hoogeveen"')
    .addOption(new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory())
    .option('--municipality <code...>', 'CBS codes the key may see, e.g. GM0118 GM0106')
    .option('--all', 'the key may see every municipality')
    .action(async (options: CreateOptions) => {
      const codes = options.municipality ?? [];
      if (Boolean(options.all) === codes.length > 0) throw usageError('give either --municipality <code...> or --all');
      const bad = codes.find((c) => !municipalityCodeSchema.safeParse(c).success);
      if (bad) throw usageError(`"${bad}" is not a CBS municipality code such as GM0118`);
      const created = await withGrip(globals(), async (grip) =>
        grip.keys.create(
          { name: options.name, role: options.role, municipalities: options.all ? '*' : codes },
          grip.clock.now(),
        ),
      );
      process.stdout.write(`${created.key}\n`);
      process.stderr.write(
        `key ${created.principal.keyId} (${options.role}) for ${options.all ? 'all municipalities' : codes.join(', ')}: store it now, it is not shown again\n`,
      );
    });
}
