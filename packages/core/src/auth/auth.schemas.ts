import { z } from 'zod';
import { locales } from '../i18n.ts';
import { limits } from '../limits.ts';
import { roles, scopeTypes } from './roles.ts';

export const LoginInputSchema = z.object({
  username: z.string().trim().min(1).max(limits.usernameMax),
  password: z.string().min(1).max(limits.passwordMax),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const ChangePasswordInputSchema = z.object({
  currentPassword: z.string().min(1).max(limits.passwordMax),
  newPassword: z.string().min(1).max(limits.passwordMax),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

export const RoleAssignmentSchema = z.object({
  role: z.enum(roles),
  scopeType: z.enum(scopeTypes),
  scopeId: z.string().nullable(),
  scopeName: z.string().nullable().optional(),
});

/** Who is logged in, as the web needs it to draw navigation. */
export const MeSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    locale: z.enum(locales),
    mustChangePassword: z.boolean(),
    roles: z.array(RoleAssignmentSchema),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

export const LocaleInputSchema = z.object({ locale: z.enum(locales) });
