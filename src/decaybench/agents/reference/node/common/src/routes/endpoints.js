'use strict';
// The Conduit API as a table of endpoints: method, path, who may call it, success status,
// and the service call it makes; `admit`, when present, decides first whether the request is
// served at all (login attempts are rate-limited per client). Each framework's router registers
// these same entries.
// Paths use the ":name" parameter syntax that Express, Fastify, Hono and Koa share.

const endpoints = [
  { method: 'GET', path: '/api/health-check', auth: 'none', call: () => ({ status: 'ok' }) },

  { method: 'POST', path: '/api/users', auth: 'none', status: 201, call: (s, r) => s.users.register(r.body) },
  {
    method: 'POST',
    path: '/api/users/login',
    auth: 'none',
    admit: (s, r) => s.users.admitLogin(r.client),
    call: (s, r) => s.users.login(r.body),
  },
  { method: 'GET', path: '/api/user', auth: 'required', call: (s, r) => s.users.me(r.viewer) },
  { method: 'PUT', path: '/api/user', auth: 'required', call: (s, r) => s.users.update(r.viewer, r.body) },

  { method: 'GET', path: '/api/profiles/:username', auth: 'optional', call: (s, r) => s.profiles.get(r.viewer, r.params.username) },
  { method: 'POST', path: '/api/profiles/:username/follow', auth: 'required', call: (s, r) => s.profiles.follow(r.viewer, r.params.username) }, // feature: following
  { method: 'DELETE', path: '/api/profiles/:username/follow', auth: 'required', call: (s, r) => s.profiles.unfollow(r.viewer, r.params.username) }, // feature: following

  // feature: feed
  // The feed comes before /api/articles/:slug: first-match routers would read "feed" as a slug.
  { method: 'GET', path: '/api/articles/feed', auth: 'required', call: (s, r) => s.articles.feed(r.viewer, r.query) },
  // end feature: feed
  { method: 'GET', path: '/api/articles', auth: 'optional', call: (s, r) => s.articles.list(r.viewer, r.query) },
  { method: 'POST', path: '/api/articles', auth: 'required', status: 201, call: (s, r) => s.articles.create(r.viewer, r.body) },
  { method: 'GET', path: '/api/articles/:slug', auth: 'optional', call: (s, r) => s.articles.get(r.viewer, r.params.slug) },
  { method: 'PUT', path: '/api/articles/:slug', auth: 'required', call: (s, r) => s.articles.update(r.viewer, r.params.slug, r.body) },
  { method: 'DELETE', path: '/api/articles/:slug', auth: 'required', call: (s, r) => s.articles.delete(r.viewer, r.params.slug) },
  { method: 'POST', path: '/api/articles/:slug/favorite', auth: 'required', call: (s, r) => s.articles.favorite(r.viewer, r.params.slug) }, // feature: favorites
  { method: 'DELETE', path: '/api/articles/:slug/favorite', auth: 'required', call: (s, r) => s.articles.unfavorite(r.viewer, r.params.slug) }, // feature: favorites

  { method: 'GET', path: '/api/articles/:slug/comments', auth: 'optional', call: (s, r) => s.comments.list(r.viewer, r.params.slug) }, // feature: comments
  { method: 'POST', path: '/api/articles/:slug/comments', auth: 'required', call: (s, r) => s.comments.add(r.viewer, r.params.slug, r.body) }, // feature: comments
  { method: 'DELETE', path: '/api/articles/:slug/comments/:id', auth: 'required', call: (s, r) => s.comments.delete(r.viewer, r.params.slug, r.params.id) }, // feature: comments

  { method: 'GET', path: '/api/tags', auth: 'none', call: (s) => s.articles.tags() }, // feature: tags
];

module.exports = { endpoints };
