// What a role may do, read from the contract itself (common/contract: each call's roles and
// whether it writes), by the same rule the main process applies in dispatch — so the UI shows
// exactly what the core will accept. Hiding a button is a convenience; the core enforces.
import { CONTRACT, type CallName, type Role } from '../../../common/contract';

export function roleMay(role: Role | null | undefined, name: CallName): boolean {
  const spec = CONTRACT[name];
  if (!spec) return false;
  if (spec.public) return true;
  if (!role) return false;
  return spec.roles.includes(role) && !(spec.writes && role === 'auditor');
}
