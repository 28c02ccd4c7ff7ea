import fs from 'node:fs';
import path from 'node:path';
import { notFound } from '@bianping/core/errors';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Serves the built web app and falls back to index.html for client-side routes. API paths that
 * match no route get the typed 404 instead.
 */
export const webPlugin = fp(async (app: FastifyInstance, opts: { dist: string }) => {
  const indexFile = path.join(opts.dist, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: opts.dist,
      wildcard: false,
      index: false,
    });
  } else {
    app.log.warn({ dist: opts.dist }, 'web app not built; serving the API only (run npm run build)');
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing asset is a 404, never index.html: the browser would run HTML as a script.
    const isAsset = request.url.startsWith('/assets/') || /\.[a-z0-9]+(\?|$)/i.test(request.url);
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET' || isAsset) {
      return reply.status(404).send(notFound({ zh: '接口', en: 'API route' }).toJSON());
    }
    return reply.type('text/html').send(fs.createReadStream(indexFile));
  });
});
