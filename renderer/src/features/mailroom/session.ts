// Who may write in the registers, from the signed-in role (auth/context: the contract's own rule).
// The core enforces roles on every call; hiding a button here only spares the person a refusal.
import { useAuth } from '../../auth/context';

export function useCanWrite(): boolean {
  return useAuth().can('intake.create');
}
