import { forbidden, invalid, notFound } from '../errors.js';
import * as articles from '../repositories/articles.js';
import * as comments from '../repositories/comments.js';
import * as users from '../repositories/users.js';
import { slugify } from '../slug.js';
import { profileJson } from './users.js';

async function articleJson(a, viewerId) {
  const author = await users.findById(a.author_id);
  return {
    slug: a.slug,
    title: a.title,
    description: a.description,
    body: a.body,
    tagList: await articles.tagsOf(a.id),
    createdAt: new Date(a.created_at).toISOString(),
    updatedAt: new Date(a.updated_at).toISOString(),
    favorited: await articles.isFavorited(viewerId, a.id),
    favoritesCount: await articles.favoritesCount(a.id),
    author: await profileJson(author, viewerId),
  };
}

async function commentJson(c, viewerId) {
  const author = await users.findById(c.author_id);
  return {
    id: Number(c.id),
    body: c.body,
    createdAt: new Date(c.created_at).toISOString(),
    updatedAt: new Date(c.updated_at).toISOString(),
    author: await profileJson(author, viewerId),
  };
}

async function find(slug) {
  const a = await articles.findBySlug(slug);
  if (!a) throw notFound('article');
  return a;
}

const page = (q) => ({ limit: Number(q.limit ?? 20) || 20, offset: Number(q.offset ?? 0) || 0 });

export async function list(query, viewerId) {
  const { rows, count } = await articles.list({ tag: query.tag, author: query.author, favorited: query.favorited, ...page(query) });
  return { articles: await Promise.all(rows.map((a) => articleJson(a, viewerId))), articlesCount: count };
}

export async function feed(query, viewerId) {
  const { rows, count } = await articles.list({ authorIds: { followerId: viewerId }, ...page(query) });
  return { articles: await Promise.all(rows.map((a) => articleJson(a, viewerId))), articlesCount: count };
}

export async function get(slug, viewerId) {
  return articleJson(await find(slug), viewerId);
}

export async function create(data, viewerId) {
  for (const f of ['title', 'description', 'body']) {
    if (typeof data?.[f] !== 'string' || !data[f].trim()) throw invalid(f, "can't be blank");
  }
  const a = await articles.insert({
    slug: slugify(data.title),
    title: data.title,
    description: data.description,
    body: data.body,
    authorId: viewerId,
    tags: Array.isArray(data.tagList) ? data.tagList : [],
  });
  return articleJson(a, viewerId);
}

export async function update(slug, data, viewerId) {
  const a = await find(slug);
  if (a.author_id !== viewerId) throw forbidden();
  const fields = {};
  if (data.title && data.title !== a.title) Object.assign(fields, { title: data.title, slug: slugify(data.title) });
  for (const f of ['description', 'body']) if (f in data) fields[f] = data[f];
  const updated = await articles.update(a.id, fields);
  if (Array.isArray(data.tagList)) await articles.setTags(a.id, data.tagList);
  return articleJson(updated, viewerId);
}

export async function remove(slug, viewerId) {
  const a = await find(slug);
  if (a.author_id !== viewerId) throw forbidden();
  await articles.remove(a.id);
}

export async function setFavorite(slug, viewerId, on) {
  const a = await find(slug);
  if (on) await articles.favorite(viewerId, a.id);
  else await articles.unfavorite(viewerId, a.id);
  return articleJson(a, viewerId);
}

export async function listComments(slug, viewerId) {
  const a = await find(slug);
  return Promise.all((await comments.forArticle(a.id)).map((c) => commentJson(c, viewerId)));
}

export async function addComment(slug, data, viewerId) {
  if (typeof data?.body !== 'string' || !data.body.trim()) throw invalid('body', "can't be blank");
  const a = await find(slug);
  return commentJson(await comments.insert({ articleId: a.id, authorId: viewerId, body: data.body }), viewerId);
}

export async function deleteComment(slug, id, viewerId) {
  const a = await find(slug);
  const c = await comments.findById(a.id, Number(id));
  if (!c) throw notFound('comment');
  if (c.author_id !== viewerId) throw forbidden();
  await comments.remove(c.id);
}

export const tags = () => articles.allTags();
