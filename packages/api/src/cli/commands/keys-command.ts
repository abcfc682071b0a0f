import type { Command } from 'commander';
import { Option } from 'commander';
import { ROLES, type Role } from '../../auth/principal.js';
import { municipalityCodeSchema } from '@grip/ledger';
import { CliError, usageError } from '../cli-error.js';
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

  keys
    .command('list')
    .summary('list the active API keys (never the keys themselves)')
    .description('Prints one line per active key: its id, role, municipalities and name. Revoked keys are not listed.')
    .action(async () => {
      const principals = await withGrip(globals(), async (grip) => grip.keys.list());
      if (principals.length === 0) {
        process.stdout.write('no active keys\n');
        return;
      }
      for (const p of principals) {
        const scope = p.municipalities === '*' ? 'all' : p.municipalities.join(',');
        process.stdout.write(`${p.keyId}  ${p.role.padEnd(10)}  ${scope.padEnd(14)}  ${printable(p.name)}\n`);
      }
    });
  keys
    .command('revoke')
    .summary('revoke an API key: it stops working at once')
    .description('Revokes the key with this id (see grip keys list). Requests with it get 401 from then on.')
    .argument('<keyId>', 'the id of the key, the 12 characters after grip_ in the key')
    .action(async (keyId: string) => {
      const revoked = await withGrip(globals(), async (grip) => grip.keys.revoke(keyId, grip.clock.now()));
      if (!revoked) throw new CliError(`no active key with id ${printable(keyId)}`);
      process.stdout.write(`revoked key ${keyId}\n`);
    });
}

/** Names are typed by people: control characters are shown escaped, never sent to the terminal. */
const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
