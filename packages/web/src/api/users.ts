import { pageOf } from '@bianping/core/api';
import {
  type UserCreateInput,
  type UserListQuerySchema,
  UserSchema,
  type UserUpdateInput,
} from '@bianping/core/users';
import type { z } from 'zod';
import { request } from './client.ts';

const UserPageSchema = pageOf(UserSchema);
export type UserPage = z.infer<typeof UserPageSchema>;
// The output type: page and pageSize as numbers (the schema coerces them from the query string).
export type UserListQuery = Partial<z.infer<typeof UserListQuerySchema>>;

export const listUsers = (query: UserListQuery, signal?: AbortSignal) =>
  request('GET', '/users', { schema: UserPageSchema, query, signal });

export const getUser = (id: string, signal?: AbortSignal) =>
  request('GET', `/users/${encodeURIComponent(id)}`, { schema: UserSchema, signal });

export const createUser = (input: UserCreateInput) =>
  request('POST', '/users', { schema: UserSchema, body: input });

export const updateUser = (id: string, input: UserUpdateInput) =>
  request('PATCH', `/users/${encodeURIComponent(id)}`, { schema: UserSchema, body: input });

export const resetUserPassword = (id: string, password: string) =>
  request('POST', `/users/${encodeURIComponent(id)}/reset-password`, {
    schema: UserSchema,
    body: { password },
  });
