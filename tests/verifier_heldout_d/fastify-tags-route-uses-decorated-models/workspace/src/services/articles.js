import * as articles from '../repositories/articles.js';
import * as comments from '../repositories/comments.js';
import * as users from '../repositories/users.js';
import { profileJson } from './profiles.js';
import { validation, forbidden, notFound } from './errors.js';

function slugify(title) {
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';
  return `${base}-${Date.now().toString(36)}`;
}

async function articleJson(article, viewer) {
  return {
    slug: article.slug,
    title: article.title,
    description: article.description,
    body: article.body,
    tagList: article.tagList || [],
    createdAt: new Date(article.createdAt).toISOString(),
    updatedAt: new Date(article.updatedAt).toISOString(),
    favorited: viewer ? await articles.isFavorited(article.id, viewer.id) : false,
    favoritesCount: await articles.favoritesCount(article.id),
    author: await profileJson(article.author, viewer),
  };
}

async function requireArticle(slug) {
  const article = await articles.findBySlug(slug);
  if (!article) throw notFound('article not found');
  return article;
}

function page(query = {}) {
  return { limit: Number.parseInt(query.limit ?? '20', 10), offset: Number.parseInt(query.offset ?? '0', 10) };
}

export async function listArticles(query = {}, viewer) {
  const { rows, count } = await articles.list({ tag: query.tag, author: query.author, favorited: query.favorited, ...page(query) });
  return { articles: await Promise.all(rows.map((a) => articleJson(a, viewer))), articlesCount: count };
}

export async function feed(query = {}, viewer) {
  const authorIds = await users.followedIds(viewer.id);
  const { rows, count } = await articles.list({ authorIds, ...page(query) });
  return { articles: await Promise.all(rows.map((a) => articleJson(a, viewer))), articlesCount: count };
}

export async function getArticle(slug, viewer) {
  return { article: await articleJson(await requireArticle(slug), viewer) };
}

export async function createArticle(data = {}, viewer) {
  for (const key of ['title', 'description', 'body']) {
    if (typeof data[key] !== 'string' || !data[key].trim()) throw validation(key);
  }
  const article = await articles.create({
    slug: slugify(data.title),
    title: data.title,
    description: data.description,
    body: data.body,
    tagList: Array.isArray(data.tagList) ? data.tagList : [],
    authorId: viewer.id,
  });
  return { article: await articleJson(article, viewer) };
}

export async function updateArticle(slug, data = {}, viewer) {
  const article = await requireArticle(slug);
  if (article.authorId !== viewer.id) throw forbidden('only the author may edit');
  const fields = {};
  for (const key of ['title', 'description', 'body']) if (data[key]) fields[key] = data[key];
  if (Array.isArray(data.tagList)) fields.tagList = data.tagList;
  if (fields.title) fields.slug = slugify(fields.title);
  return { article: await articleJson(await articles.update(article.id, fields), viewer) };
}

export async function deleteArticle(slug, viewer) {
  const article = await requireArticle(slug);
  if (article.authorId !== viewer.id) throw forbidden('only the author may delete');
  await articles.remove(article.id);
}

export async function favorite(slug, viewer, on = true) {
  const article = await requireArticle(slug);
  if (on) await articles.favorite(article.id, viewer.id);
  else await articles.unfavorite(article.id, viewer.id);
  return { article: await articleJson(article, viewer) };
}

async function commentJson(comment, viewer) {
  return {
    id: comment.id,
    createdAt: new Date(comment.createdAt).toISOString(),
    updatedAt: new Date(comment.updatedAt).toISOString(),
    body: comment.body,
    author: await profileJson(comment.author, viewer),
  };
}

export async function listComments(slug, viewer) {
  const article = await requireArticle(slug);
  const rows = await comments.forArticle(article.id);
  return { comments: await Promise.all(rows.map((c) => commentJson(c, viewer))) };
}

export async function addComment(slug, data = {}, viewer) {
  const article = await requireArticle(slug);
  if (typeof data.body !== 'string' || !data.body.trim()) throw validation('body');
  const comment = await comments.create({ body: data.body, articleId: article.id, authorId: viewer.id });
  return { comment: await commentJson(comment, viewer) };
}

export async function deleteComment(slug, id, viewer) {
  const article = await requireArticle(slug);
  const comment = await comments.findById(Number(id));
  if (!comment || comment.articleId !== article.id) throw notFound('comment not found');
  if (comment.authorId !== viewer.id) throw forbidden('only the author may delete');
  await comments.remove(comment.id);
}

export async function tags() {
  return { tags: await articles.allTags() };
}
