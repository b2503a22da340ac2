import type { authCalls, SessionUser } from '../../common/contract/auth';
import {
  getAccount,
  listAccounts,
  resetPassword,
  setUserDisabled,
  setUserRole,
  createUser,
} from './accounts';
import { authenticate, changeOwnPassword } from './signin';
import { recordSignOut, setIdleLock, setSessionMaxHours } from './security';
import type { AppCore } from '../app/core';
import type { CallContext, Handler } from '../app/dispatch';

type AuthHandlers = { [K in keyof typeof authCalls]: Handler<K> };

function sessionUser(ctx: CallContext): SessionUser {
  const s = ctx.session!;
  const account = getAccount(ctx.core.db(), s.username);
  return {
    username: s.username,
    displayName: s.displayName,
    role: s.role,
    mustChangePassword: account?.mustChangePassword ?? false,
  };
}

function securitySettings(core: AppCore) {
  return {
    idleLockMinutes: core.idleLockMinutes(),
    idleLockSeconds: core.idleLockSeconds(),
    sessionMaxHours: core.sessionMaxHours(),
  };
}

export const authHandlers: AuthHandlers = {
  'auth.session': (_i, ctx) => ({
    user: ctx.session ? sessionUser(ctx) : null,
    locked: ctx.session?.locked ?? false,
    idleLockSeconds: ctx.core.idleLockSeconds(),
  }),
  'auth.login': (i, { core, source }) => {
    const user = authenticate(core.db(), core.signInGuard, {
      username: i.username,
      password: i.password,
      source,
    });
    const session = core.sessions.create(user);
    return {
      sessionToken: session.token,
      user: {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        mustChangePassword: user.mustChangePassword,
      },
    };
  },
  'auth.logout': (_i, { core, sessionToken, session }) => {
    if (sessionToken) core.sessions.drop(sessionToken);
    if (session && core.isOpen) recordSignOut(core.db(), session.username);
    return { ok: true as const };
  },
  'auth.lock': (_i, { core, session }) => {
    core.sessions.lock(session!);
    return { ok: true as const };
  },
  'auth.unlock': (i, ctx) => {
    const s = ctx.session!;
    // Unlocking is a sign-in: the same throttle, checked before the password is.
    authenticate(
      ctx.core.db(),
      ctx.core.signInGuard,
      { username: s.username, password: i.password, source: ctx.source },
      'unlock',
    );
    ctx.core.sessions.unlock(s);
    return { user: sessionUser(ctx) };
  },
  'auth.heartbeat': () => ({ ok: true as const }),
  'auth.changePassword': (i, { core, actor, session, source }) => {
    changeOwnPassword(core.db(), core.signInGuard, { username: actor, password: i.current, source }, i.next);
    if (session) session.mustChangePassword = false;
    return { ok: true as const };
  },
  'users.list': (_i, { core }) => listAccounts(core.db()),
  'users.names': (i, { core }) => ({
    staff: listAccounts(core.db())
      .filter((u) => !u.disabled && i.roles.includes(u.role))
      .map(({ username, displayName, role }) => ({ username, displayName, role })),
  }),
  'users.create': (i, { core, actor }) => createUser(core.db(), actor, i, { mustChangePassword: true }),
  'users.resetPassword': (i, { core, actor }) => {
    resetPassword(core.db(), actor, i);
    core.sessions.dropUser(i.username);
    return { ok: true as const };
  },
  'users.setDisabled': (i, { core, actor }) => {
    setUserDisabled(core.db(), actor, i);
    if (i.disabled) core.sessions.dropUser(i.username);
    return { ok: true as const };
  },
  'users.setRole': (i, { core, actor }) => {
    setUserRole(core.db(), actor, i);
    core.sessions.dropUser(i.username);
    return { ok: true as const };
  },
  'security.settings': (_i, { core }) => securitySettings(core),
  'security.setIdleLock': (i, { core, actor }) => {
    setIdleLock(core.db(), actor, i);
    return securitySettings(core);
  },
  'security.setSessionMaxHours': (i, { core, actor }) => {
    setSessionMaxHours(core.db(), actor, i);
    return securitySettings(core);
  },
};
