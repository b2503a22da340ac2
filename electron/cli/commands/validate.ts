import type { Command } from 'commander';
import { validateIinBin } from '../../../common/identifiers/iin';
import { validateS10 } from '../../../common/identifiers/s10';
import { globals } from '../context';
import { CliExit, emit, EXIT_USAGE } from '../output';

export function registerValidate(program: Command): void {
  const validate = program.command('validate').description('check identifiers');
  validate
    .command('s10')
    .argument('<code>', 'UPU S10 tracking number, e.g. RR123456785KZ')
    .description('check a registered-mail tracking number')
    .action((code: string, _o, cmd: Command) => {
      const r = validateS10(code);
      emit(
        r,
        globals(cmd),
        () => (r.valid ? `valid: ${r.normalized}` : `invalid (${r.reason}): ${r.normalized}`),
        r.valid,
      );
    });
  validate
    .command('iin')
    .argument('<number>', 'IIN (person) or BIN (organization), 12 digits')
    .option('--on <date>', 'compute age on this date (YYYY-MM-DD)')
    .description('check an IIN or BIN')
    .action((num: string, o: { on?: string }, cmd: Command) => {
      let r: ReturnType<typeof validateIinBin>;
      try {
        r = validateIinBin(num, o.on);
      } catch {
        process.stderr.write('privacy-desk: --on must be a real date, YYYY-MM-DD\n');
        throw new CliExit(EXIT_USAGE);
      }
      emit(r, globals(cmd), () => (r.valid ? `valid ${r.kind}` : `invalid ${r.kind} (${r.reason})`), r.valid);
    });
}
