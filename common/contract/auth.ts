// Sign-in, sessions, lock and staff accounts.
import { z } from 'zod';
import { displayNameSchema, passwordSchema, roleSchema, usernameSchema } from './auth-schemas';
import { adminWrite, ALL_ROLES, call, type Role } from './define';

export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
}

export interface SessionInfo {
  user: SessionUser | null;
  locked: boolean;
  /** After this many seconds without activity the session locks (the renderer locks itself too). */
  idleLockSeconds: number;
}

export interface StaffAccount {
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
}

/** An active staff member a form may name (an officer, an executor): no account details. */
export interface StaffName {
  username: string;
  displayName: string;
  role: Role;
}

export interface SecuritySettings {
  idleLockMinutes: number;
  idleLockSeconds: number;
  sessionMaxHours: number;
}

export const authCalls = {
  'auth.session': call<SessionInfo>()({ input: z.strictObject({}), roles: ALL_ROLES, public: true }),
  'auth.login': call<{ sessionToken: string; user: SessionUser }>()({
    input: z.strictObject({ username: usernameSchema, password: z.string().min(1).max(256) }),
    roles: ALL_ROLES,
    public: true,
  }),
  'auth.logout': call<{ ok: true }>()({ input: z.strictObject({}), roles: ALL_ROLES, public: true }),
  'auth.lock': call<{ ok: true }>()({ input: z.strictObject({}), roles: ALL_ROLES }),
  'auth.unlock': call<{ user: SessionUser }>()({
    input: z.strictObject({ password: z.string().min(1).max(256) }),
    roles: ALL_ROLES,
  }),
  /** Keeps the session awake while the person is actually working (keys, mouse) between calls. */
  'auth.heartbeat': call<{ ok: true }>()({ input: z.strictObject({}), roles: ALL_ROLES }),
  // Not a `writes` call: changing one's own password is account self-service, which auditors need too.
  'auth.changePassword': call<{ ok: true }>()({
    input: z.strictObject({ current: z.string().min(1).max(256), next: passwordSchema }),
    roles: ALL_ROLES,
  }),
  'users.list': call<StaffAccount[]>()({
    reads: true,
    input: z.strictObject({}),
    roles: ['admin', 'auditor'],
  }),
  /** Active accounts with one of these roles, for the pickers that name an officer or executor. */
  'users.names': call<{ staff: StaffName[] }>()({
    reads: true,
    input: z.strictObject({ roles: z.array(roleSchema).min(1).max(4) }),
    roles: ALL_ROLES,
  }),
  'users.create': adminWrite<StaffAccount>()(
    z.strictObject({
      username: usernameSchema,
      displayName: displayNameSchema,
      role: roleSchema,
      password: passwordSchema,
    }),
  ),
  'users.resetPassword': adminWrite<{ ok: true }>()(
    z.strictObject({ username: usernameSchema, password: passwordSchema }),
  ),
  'users.setDisabled': adminWrite<{ ok: true }>()(
    z.strictObject({ username: usernameSchema, disabled: z.boolean() }),
  ),
  'users.setRole': adminWrite<{ ok: true }>()(z.strictObject({ username: usernameSchema, role: roleSchema })),
  'security.settings': call<SecuritySettings>()({ input: z.strictObject({}), roles: ALL_ROLES }),
  'security.setIdleLock': adminWrite<SecuritySettings>()(
    z.strictObject({ minutes: z.number().int().min(1).max(240) }),
  ),
  /** A session ends this many hours after sign-in, however active. */
  'security.setSessionMaxHours': adminWrite<SecuritySettings>()(
    z.strictObject({ hours: z.number().int().min(1).max(24) }),
  ),
} as const;
