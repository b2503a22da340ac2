import type { authCalls, SessionUser } from '../../../common/contract/auth';
import { PdError } from '../../../common/errors';
import {
  authenticate,
  changeOwnPassword,
  getAccount,
  listAccounts,
  resetPassword,
  setUserDisabled,
  setUserRole,
  createUser,
} from '../../accounts/accounts';
import { verifyPassword } from '../../accounts/passwords';
import { findUser } from '../../sql/users';
import { putSetting } from '../../sql/settings';
import { IDLE_SETTING } from '../core';
import type { CallContext, Handler } from '../dispatch';

type AuthHandlers = { [K in keyof typeof authCalls]: Handler<K> };

function sessionUser(ctx: CallContext): SessionUser {
  const s = ctx.session!;
  const account = getAccount(ctx.core.db(), s.username);
  return { username: s.username, displayName: s.displayName, role: s.role, mustChangePassword: account?.mustChangePassword ?? false };
}

export const authHandlers: AuthHandlers = {
  'auth.session': (_i, ctx) => ({
    user: ctx.session ? sessionUser(ctx) : null,
    locked: ctx.session?.locked ?? false,
    idleLockSeconds: ctx.core.idleLockSeconds(),
  }),
  'auth.login': (i, { core }) => {
    const user = authenticate(core.db(), i.username, i.password);
    const session = core.sessions.create(user);
    return {
      sessionToken: session.token,
      user: { username: user.username, displayName: user.displayName, role: user.role, mustChangePassword: user.mustChangePassword },
    };
  },
  'auth.logout': (_i, { core, sessionToken, session }) => {
    if (sessionToken) core.sessions.drop(sessionToken);
    if (session && core.isOpen) {
      core.db().write(session.username, (tx) => tx.audit({ action: 'auth.logout', entityType: 'user', entityId: session.username, summary: 'signed out' }));
    }
    return { ok: true as const };
  },
  'auth.lock': (_i, { core, session }) => {
    core.sessions.lock(session!);
    return { ok: true as const };
  },
  'auth.unlock': (i, ctx) => {
    const s = ctx.session!;
    const row = findUser(ctx.core.db().db, s.username);
    if (!row || row.disabled) throw new PdError('ACCOUNT_DISABLED');
    // Unlocking goes through the same lockout rules as signing in.
    if (!verifyPassword(i.password, row.passwordHash)) authenticate(ctx.core.db(), s.username, i.password);
    ctx.core.sessions.unlock(s);
    return { user: sessionUser(ctx) };
  },
  'auth.heartbeat': () => ({ ok: true as const }),
  'auth.changePassword': (i, { core, actor }) => {
    changeOwnPassword(core.db(), actor, i.current, i.next);
    return { ok: true as const };
  },
  'users.list': (_i, { core }) => listAccounts(core.db()),
  'users.create': (i, { core, actor }) => createUser(core.db(), actor, i, { mustChangePassword: true }),
  'users.resetPassword': (i, { core, actor }) => {
    resetPassword(core.db(), actor, i.username, i.password);
    core.sessions.dropUser(i.username);
    return { ok: true as const };
  },
  'users.setDisabled': (i, { core, actor }) => {
    setUserDisabled(core.db(), actor, i.username, i.disabled);
    if (i.disabled) core.sessions.dropUser(i.username);
    return { ok: true as const };
  },
  'users.setRole': (i, { core, actor }) => {
    setUserRole(core.db(), actor, i.username, i.role);
    core.sessions.dropUser(i.username);
    return { ok: true as const };
  },
  'security.settings': (_i, { core }) => ({ idleLockMinutes: core.idleLockMinutes(), idleLockSeconds: core.idleLockSeconds() }),
  'security.setIdleLock': (i, { core, actor }) => {
    core.db().write(actor, (tx) => {
      putSetting(tx.db, IDLE_SETTING, String(i.minutes));
      tx.audit({ action: 'settings.changed', entityType: 'setting', entityId: IDLE_SETTING, summary: `idle lock ${i.minutes} min` });
    });
    return { idleLockMinutes: core.idleLockMinutes(), idleLockSeconds: core.idleLockSeconds() };
  },
};
