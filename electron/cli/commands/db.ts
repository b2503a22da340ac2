import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatRecoveryKey, generateKey, readKeyFile, resolveKey } from '../../core/keys';
import {
  backupDatabase,
  checkBackupCopy,
  rekey,
  restoreDatabase,
  verifyDatabase,
} from '../../sql/maintenance';
import { recountDatabase } from '../../sql/counts';
import { Server } from '../../sql/server';
import { PdError } from '../../../common/errors';
import { CLI_ACTOR, dbFile, globals, withServer } from '../context';
import { emit } from '../output';

export function registerDb(program: Command): void {
  const db = program.command('db').description('create, check, back up and restore the encrypted database');
  registerInit(db);
  registerVerify(db);
  registerKeyAndCopies(db);
  registerRecount(db);
}

/** Writes a file that must not exist yet (mode 600): a key is never overwritten. */
function writeNewFile(file: string, text: string): void {
  try {
    writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new PdError('FILE_EXISTS');
    throw e;
  }
}

function registerInit(db: Command): void {
  db.command('init')
    .description(
      'create a new encrypted database; with --new-key-file a fresh key is generated and written there',
    )
    .option('--new-key-file <file>', 'generate a random key and write it to this file (mode 600)')
    .action((o: { newKeyFile?: string }, cmd: Command) => {
      const g = globals(cmd);
      let key: Buffer;
      let recoveryKey: string | undefined;
      if (o.newKeyFile) {
        key = generateKey();
        recoveryKey = formatRecoveryKey(key);
        writeNewFile(o.newKeyFile, recoveryKey + '\n');
      } else {
        key = resolveKey({ keyFile: g.keyFile });
      }
      const server = Server.open({ file: dbFile(g), key, create: 'only' });
      try {
        server.auditDatabase(CLI_ACTOR, 'db.init', 'database created');
        const result = {
          file: server.file,
          deskId: server.deskId,
          schemaVersion: server.schemaVersion,
          ...(o.newKeyFile ? { keyFile: o.newKeyFile } : {}),
        };
        emit(result, g, () =>
          [
            `created ${server.file}`,
            recoveryKey ? `recovery key (store it safely, it is shown once): ${recoveryKey}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
      } finally {
        server.close();
      }
    });
}

function registerVerify(db: Command): void {
  db.command('verify')
    .description(
      'integrity check, cipher check, audit chain (links, hashes, time order), schema and triggers against the ' +
        'expected DDL, and the chain against heads anchored outside the database: central’s signed receipts and backups',
    )
    .option('--backup <file...>', 'backups whose audit chain heads the database must still contain')
    .action((o: { backup?: string[] }, cmd: Command) => {
      const g = globals(cmd);
      const key = o.backup?.length ? resolveKey({ keyFile: g.keyFile }) : undefined;
      withServer(g, (server) => {
        const r = verifyDatabase(server, {
          ...(o.backup ? { backups: o.backup } : {}),
          ...(key ? { key } : {}),
        });
        const lines = r.findings.map(
          (f) =>
            `${f.severity}: ${f.code}${f.name ? ` ${f.name}` : ''}${f.seq !== undefined ? ` at ${f.seq}` : ''}${f.detail ? ` (${f.detail})` : ''}`,
        );
        emit(
          r,
          g,
          () =>
            [
              r.ok
                ? `ok: schema ${r.schemaVersion}, ${r.audit.entries} audit entries, chain intact`
                : `FAILED: integrity=${r.integrity.join('; ')} cipher=${r.cipher.join('; ') || 'ok'}`,
              ...lines,
            ].join('\n'),
          r.ok,
        );
      });
    });
}

/** Rebuilding the summary tables from the rows they count. */
function registerRecount(db: Command): void {
  db.command('recount')
    .description(
      'rebuild the summary tables (register and request counts, letters awaiting a request) from the rows they ' +
        'count, audited; reports every figure that had drifted (none on a healthy database)',
    )
    .action((_o: unknown, cmd: Command) => {
      const g = globals(cmd);
      withServer(g, (server) => {
        const r = recountDatabase(server, CLI_ACTOR);
        emit(r, g, () =>
          [
            `recounted: ${Object.entries(r.rows)
              .map(([t, n]) => `${t} ${n} rows`)
              .join(', ')}; ${r.drift.length} figures corrected`,
            ...r.drift.map((d) => `${d.table} ${d.key}: kept ${d.kept}, recounted ${d.recounted}`),
          ].join('\n'),
        );
      });
    });
}

/** Changing the key and moving whole copies of the database in and out. */
function registerKeyAndCopies(db: Command): void {
  db.command('rekey')
    .description('change the key in place; the old key stops working')
    .requiredOption('--new-key-file <file>', 'file holding the new key (hex or recovery form)')
    .action((o: { newKeyFile: string }, cmd: Command) => {
      const g = globals(cmd);
      const newKey = readKeyFile(o.newKeyFile);
      withServer(g, (server) => {
        rekey(server, newKey, CLI_ACTOR);
        emit({ file: server.file, rekeyed: true }, g, () => `rekeyed ${server.file}`);
      });
    });

  db.command('backup')
    .description('write a consistent encrypted copy (safe while the app runs)')
    .requiredOption('--out <file>', 'backup file to create')
    .action((o: { out: string }, cmd: Command) => {
      const g = globals(cmd);
      withServer(g, (server) => {
        const r = backupDatabase(server, o.out, CLI_ACTOR);
        emit(r, g, () => `backup written: ${r.file} (${r.bytes} bytes)`);
      });
    });

  db.command('restore')
    .description('replace the database with a verified backup (close the app first)')
    .requiredOption('--from <file>', 'backup file')
    .action((o: { from: string }, cmd: Command) => {
      const g = globals(cmd);
      const key = resolveKey({ keyFile: g.keyFile });
      // On a private copy: a backup is never opened for writing (nor converted to this release's
      // format: restoring converts the restored copy).
      checkBackupCopy(o.from, key, path.dirname(path.resolve(dbFile(g))));
      const r = restoreDatabase(dbFile(g), o.from, key);
      const server = Server.open({ file: dbFile(g), key });
      try {
        server.auditDatabase(CLI_ACTOR, 'db.restore', 'restored from backup');
      } finally {
        server.close();
      }
      emit(
        { restored: true, file: dbFile(g), ...r },
        g,
        () => `restored ${dbFile(g)}${r.keptPrevious ? ` (previous kept as ${r.keptPrevious})` : ''}`,
      );
    });
}
