// privacy-desk: the administrators' command line, a thin layer over the same core the app uses.
import { Command, CommanderError } from 'commander';
import { composeFeatures, type Composition } from '../app/compose';
import { registerCentral } from '../central';
import { registerDb } from './commands/db';
import { registerLetter } from '../letters';
import { registerMailroom } from '../mailroom';
import { registerRequests } from '../requests';
import { registerBreaches } from '../breaches';
import { registerSync } from '../sync';
import { registerValidate } from './commands/validate';
import { CliExit, EXIT_FAIL, EXIT_USAGE, printError } from './output';

export function buildProgram(features: Composition = composeFeatures()): Command {
  const program = new Command('privacy-desk')
    .description('Privacy Desk administration: database, identifiers, registers, requests, letters, sync')
    .option('--db <path>', 'database file (default: PRIVACY_DESK_DB or the app data folder)')
    .option('--key-file <path>', 'key file (default: PRIVACY_DESK_KEY)')
    .option('--json', 'machine-readable output on stdout')
    .exitOverride()
    .showHelpAfterError();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerValidate(program);
  registerDb(program);
  registerMailroom(program);
  registerRequests(program, features.requests);
  registerBreaches(program);
  registerLetter(program, features.letters);
  registerSync(program);
  registerCentral(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const wantsJson = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CliExit) return e.exitCode;
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0;
      return EXIT_USAGE;
    }
    printError(e, { json: wantsJson });
    return EXIT_FAIL;
  }
}
