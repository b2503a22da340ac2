// Test-only extension point: modules the host names are loaded into the core and reader workers
// at start and may add calls to the contract and the handler table (a deliberately slow read).
import { createRequire } from 'node:module';
import { CONTRACT } from '../../common/contract';
import { HANDLERS } from '../app/handlers';

export function loadExtensions(files: readonly string[]): void {
  const load = createRequire(__filename);
  for (const file of files) {
    const mod = load(file) as { register(target: { contract: object; handlers: object }): void };
    mod.register({ contract: CONTRACT, handlers: HANDLERS });
  }
}
