// npm run serve [-- --port P --db FILE --key-file FILE]: starts the headless shell.
import { parseArgs } from 'node:util';
import { configureLogFile, logInfo } from '../core/log';
import { startHeadless } from './headless';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      'key-file': { type: 'string' },
      reason: { type: 'string' },
    },
  });
  const h = await startHeadless({
    port: values.port ? Number(values.port) : undefined,
    dbFile: values.db,
    keyFile: values['key-file'],
    logToFile: true,
  });
  const state = h.core.facts.state;
  configureLogFile({ dir: h.logDir });
  if (values.reason) logInfo(values.reason);
  logInfo(`headless shell: database ${h.dbFile} (${state.phase})`);
  process.stdout.write(`Privacy Desk is running. Open this address in a browser:\n  ${h.bridge.openUrl}\n`);
  process.stdout.write(`PRIVACY_DESK_URL=${h.bridge.openUrl}\n`);
  const stop = () => {
    void h.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`privacy-desk serve: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
