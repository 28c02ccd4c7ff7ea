import { z } from 'zod';
import { RoleAssignmentSchema } from '../auth/auth.schemas.ts';
import { roles, scopeTypes } from '../auth/roles.ts';
import { limits } from '../limits.ts';

export const UsernameSchema = z
  .string()
  .trim()
  .min(limits.usernameMin)
  .max(limits.usernameMax)
  .regex(/^[a-zA-Z0-9_.-]+$/, '只能使用字母、数字、下划线、点和连字符 / letters, digits, _ . - only');

export const RoleAssignmentInputSchema = z.object({
  role: z.enum(roles),
  scopeType: z.enum(scopeTypes),
  scopeId: z.string().min(1).max(64).nullable().default(null),
});
export type RoleAssignmentInput = z.infer<typeof RoleAssignmentInputSchema>;

export const UserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
    roles: z.array(RoleAssignmentSchema),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const UserCreateInputSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(limits.displayNameMax),
  /** Initial password; the user must change it at first login. */
  password: z.string().min(1).max(limits.passwordMax),
  roles: z.array(RoleAssignmentInputSchema).max(20).default([]),
});
export type UserCreateInput = z.infer<typeof UserCreateInputSchema>;

export const UserUpdateInputSchema = z.object({
  version: z.number().int(),
  displayName: z.string().trim().min(1).max(limits.displayNameMax).optional(),
  active: z.boolean().optional(),
  roles: z.array(RoleAssignmentInputSchema).max(20).optional(),
});
export type UserUpdateInput = z.infer<typeof UserUpdateInputSchema>;

export const ResetPasswordInputSchema = z.object({
  password: z.string().min(1).max(limits.passwordMax),
});

export const UserListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  role: z.enum(roles).optional(),
  active: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(20),
});
