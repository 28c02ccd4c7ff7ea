import type { FastifyRequest } from 'fastify';

export type AuditActor = {
  actorId: string | null;
  actorName: string | null;
  requestId: string | null;
};

/** Who did it and under which request id, for audit entries written by a route. */
export const actorOf = (request: FastifyRequest): AuditActor => ({
  actorId: request.principal?.userId ?? null,
  actorName: request.principal?.username ?? null,
  requestId: request.id,
});

/** Entries written by the command line name the operating-system user. */
export const cliActor = (): AuditActor => ({
  actorId: null,
  actorName: `cli:${process.env.USER ?? 'unknown'}`,
  requestId: null,
});
