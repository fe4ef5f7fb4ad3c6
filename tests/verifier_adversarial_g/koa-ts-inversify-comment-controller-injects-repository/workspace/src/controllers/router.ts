import Router from '@koa/router';
import type { UserController } from './user.controller.js';
import type { ProfileController } from './profile.controller.js';
import type { ArticleController } from './article.controller.js';
import type { CommentController } from './comment.controller.js';

export interface Controllers {
  users: UserController;
  profiles: ProfileController;
  articles: ArticleController;
  comments: CommentController;
}

/** The Conduit route table, mapped onto controller methods. */
export function buildRouter({ users, profiles, articles, comments }: Controllers, auth: any) {
  const router = new Router({ prefix: '/api' });

  router.post('/users', users.register);
  router.post('/users/login', users.login);
  router.get('/user', auth.required, users.current);
  router.put('/user', auth.required, users.update);

  router.get('/profiles/:username', auth.optional, profiles.show);
  router.post('/profiles/:username/follow', auth.required, profiles.follow);
  router.delete('/profiles/:username/follow', auth.required, profiles.unfollow);

  router.get('/articles', auth.optional, articles.list);
  router.get('/articles/feed', auth.required, articles.feed);
  router.post('/articles', auth.required, articles.create);
  router.get('/articles/:slug', auth.optional, articles.show);
  router.put('/articles/:slug', auth.required, articles.update);
  router.delete('/articles/:slug', auth.required, articles.remove);
  router.post('/articles/:slug/favorite', auth.required, articles.favorite);
  router.delete('/articles/:slug/favorite', auth.required, articles.unfavorite);
  router.get('/tags', articles.tags);

  router.get('/articles/:slug/comments', auth.optional, comments.list);
  router.post('/articles/:slug/comments', auth.required, comments.create);
  router.delete('/articles/:slug/comments/:id', auth.required, comments.remove);

  return router;
}
