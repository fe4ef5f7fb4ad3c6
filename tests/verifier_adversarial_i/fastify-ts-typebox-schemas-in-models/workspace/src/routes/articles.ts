import type { FastifyInstance } from 'fastify';
import { ArticleBody, CommentBody } from '../models/schemas.js';
import { articleService } from '../services/articleService.js';
import { commentService } from '../services/commentService.js';
import { authOptional, authRequired } from './auth.js';

export async function articlesRoutes(app: FastifyInstance) {
  app.get('/articles', { preHandler: authOptional }, async (request: any) => articleService.list(request.user, request.query));
  app.get('/articles/feed', { preHandler: authRequired }, async (request: any) => articleService.feed(request.user, request.query));
  app.post('/articles', { preHandler: authRequired, schema: { body: ArticleBody } }, async (request: any, reply) => {
    reply.code(201);
    return { article: await articleService.create(request.user, request.body?.article) };
  });
  app.get('/articles/:slug', { preHandler: authOptional }, async (request: any) => ({
    article: await articleService.get(request.params.slug, request.user),
  }));
  app.put('/articles/:slug', { preHandler: authRequired }, async (request: any) => ({
    article: await articleService.update(request.params.slug, request.user, request.body?.article),
  }));
  app.delete('/articles/:slug', { preHandler: authRequired }, async (request: any) => {
    await articleService.remove(request.params.slug, request.user);
    return {};
  });
  app.post('/articles/:slug/favorite', { preHandler: authRequired }, async (request: any) => ({
    article: await articleService.favorite(request.params.slug, request.user, true),
  }));
  app.delete('/articles/:slug/favorite', { preHandler: authRequired }, async (request: any) => ({
    article: await articleService.favorite(request.params.slug, request.user, false),
  }));
  app.get('/articles/:slug/comments', { preHandler: authOptional }, async (request: any) => ({
    comments: await commentService.list(request.params.slug, request.user),
  }));
  app.post('/articles/:slug/comments', { preHandler: authRequired, schema: { body: CommentBody } }, async (request: any) => ({
    comment: await commentService.add(request.params.slug, request.user, request.body?.comment),
  }));
  app.delete('/articles/:slug/comments/:id', { preHandler: authRequired }, async (request: any) => {
    await commentService.remove(request.params.slug, request.params.id, request.user);
    return {};
  });
  app.get('/tags', async () => ({ tags: await articleService.tags() }));
}
