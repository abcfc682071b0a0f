// Entry point of the `grip` bin (bin/grip.js imports the built copy of this file).
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv);
