import { IdParamsSchema, pageOf } from '@bianping/core/api';
import { notFound } from '@bianping/core/errors';
import {
  ResetPasswordInputSchema,
  UserCreateInputSchema,
  UserListQuerySchema,
  UserSchema,
  UserUpdateInputSchema,
} from '@bianping/core/users';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrors } from '../../plugins/responses.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { findUserById } from '../auth/auth.queries.ts';
import { listUsers, presentUser } from './users.queries.ts';
import { createUser, resetPassword, updateUser } from './users.service.ts';

const tags = ['users'];
const adminOnly = { access: { roles: ['admin'] } } as const;
const errors = apiErrors(400, 401, 403, 404, 409);

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: '用户列表 / List users',
        querystring: UserListQuerySchema,
        response: { 200: pageOf(UserSchema), ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, active, ...filter } = request.query;
      const { rows, total } = await listUsers(
        db,
        {
          ...filter,
          active: active === undefined ? undefined : active === 'true',
        },
        page,
        pageSize,
      );
      return {
        items: await Promise.all(rows.map((r) => presentUser(db, r))),
        total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/:id',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: '用户详情 / Get user',
        params: IdParamsSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      const row = await findUserById(db, request.params.id);
      if (!row) throw notFound({ zh: '用户', en: 'User' });
      return presentUser(db, row);
    },
  );

  app.post(
    '/',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: '新建用户 / Create user',
        body: UserCreateInputSchema,
        response: { 201: UserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await createUser(db, request.body, actorOf(request));
      return reply.status(201).send(await presentUser(db, row));
    },
  );

  app.patch(
    '/:id',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: '修改用户、角色或停用 / Update, assign roles, deactivate',
        params: IdParamsSchema,
        body: UserUpdateInputSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      const row = await updateUser(db, request.params.id, request.body, actorOf(request));
      return presentUser(db, row);
    },
  );

  app.post(
    '/:id/reset-password',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: '重置密码并解锁 / Reset password and unlock',
        params: IdParamsSchema,
        body: ResetPasswordInputSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      const row = await resetPassword(db, request.params.id, request.body.password, actorOf(request));
      return presentUser(db, row);
    },
  );
};
