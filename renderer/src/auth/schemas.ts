// Form schemas built from the contract's own (common/contract/auth-schemas.ts), so the forms check
// what the core checks, plus the renderer-only parts (repeat the password).
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, newAdminSchema, passwordSchema } from '../../../common/contract/auth-schemas';

export { MIN_PASSWORD_LENGTH };

const samePassword = <T extends { password: string; confirmPassword: string }>(v: T) =>
  v.password === v.confirmPassword;
const mismatch = { path: ['confirmPassword'], message: 'mismatch' };

export const setupFormSchema = newAdminSchema
  .extend({ confirmPassword: z.string() })
  .refine(samePassword, mismatch);
export type SetupForm = z.input<typeof setupFormSchema>;

export const changePasswordFormSchema = z
  .strictObject({
    current: z.string().min(1).max(256),
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine(samePassword, mismatch);
export type ChangePasswordForm = z.input<typeof changePasswordFormSchema>;
