import { z } from 'zod';
import { ROLES } from './define';

export const MIN_PASSWORD_LENGTH = 10;

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u);
export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(256);
export const displayNameSchema = z.string().trim().min(1).max(200);
export const roleSchema = z.enum(ROLES);

export const newAdminSchema = z.strictObject({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});
