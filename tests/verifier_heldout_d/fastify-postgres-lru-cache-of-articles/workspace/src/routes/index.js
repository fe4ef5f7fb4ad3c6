import * as userService from '../services/users.js';
import * as profileService from '../services/profiles.js';
import * as articleService from '../services/articles.js';

export default async function conduitRoutes(app) {
  const required = async (req) => {
    req.viewer = await userService.authenticate(req.headers.authorization);
  };
  const optional = async (req) => {
    req.viewer = await userService.optionalUser(req.headers.authorization);
  };
  const token = (req) => (req.headers.authorization || '').slice(6).trim();

  app.post('/users', async (req, reply) => {
    reply.code(201);
    return { user: await userService.register(req.body?.user) };
  });
  app.post('/users/login', async (req) => ({ user: await userService.login(req.body?.user) }));
  app.get('/user', { preHandler: required }, async (req) => ({ user: userService.userJson(req.viewer, token(req)) }));
  app.put('/user', { preHandler: required }, async (req) => ({
    user: await userService.updateUser(req.viewer, req.body?.user, token(req)),
  }));

  app.get('/profiles/:username', { preHandler: optional }, async (req) => ({
    profile: await profileService.getProfile(req.params.username, req.viewer),
  }));
  app.post('/profiles/:username/follow', { preHandler: required }, async (req) => ({
    profile: await profileService.follow(req.params.username, req.viewer),
  }));
  app.delete('/profiles/:username/follow', { preHandler: required }, async (req) => ({
    profile: await profileService.unfollow(req.params.username, req.viewer),
  }));

  app.get('/articles', { preHandler: optional }, async (req) => articleService.listArticles(req.query, req.viewer));
  app.get('/articles/feed', { preHandler: required }, async (req) => articleService.feed(req.query, req.viewer));
  app.post('/articles', { preHandler: required }, async (req, reply) => {
    reply.code(201);
    return articleService.createArticle(req.body?.article, req.viewer);
  });
  app.get('/articles/:slug', { preHandler: optional }, async (req) => articleService.getArticle(req.params.slug, req.viewer));
  app.put('/articles/:slug', { preHandler: required }, async (req) =>
    articleService.updateArticle(req.params.slug, req.body?.article, req.viewer));
  app.delete('/articles/:slug', { preHandler: required }, async (req) => {
    await articleService.deleteArticle(req.params.slug, req.viewer);
    return {};
  });
  app.post('/articles/:slug/favorite', { preHandler: required }, async (req) =>
    articleService.favorite(req.params.slug, req.viewer, true));
  app.delete('/articles/:slug/favorite', { preHandler: required }, async (req) =>
    articleService.favorite(req.params.slug, req.viewer, false));
  app.get('/articles/:slug/comments', { preHandler: optional }, async (req) =>
    articleService.listComments(req.params.slug, req.viewer));
  app.post('/articles/:slug/comments', { preHandler: required }, async (req) =>
    articleService.addComment(req.params.slug, req.body?.comment, req.viewer));
  app.delete('/articles/:slug/comments/:id', { preHandler: required }, async (req) => {
    await articleService.deleteComment(req.params.slug, req.params.id, req.viewer);
    return {};
  });
  app.get('/tags', async () => articleService.tags());
}
