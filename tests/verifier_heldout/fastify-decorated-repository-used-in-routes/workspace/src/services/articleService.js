const crypto = require('node:crypto');
const articleRepository = require('../repositories/articleRepository');
const { ServiceError, NotFoundError, ForbiddenError } = require('./errors');

function slugify(title) {
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
}

function toJSON(article, viewer) {
  const a = article.get({ plain: true });
  return {
    slug: a.slug,
    title: a.title,
    description: a.description,
    body: a.body,
    tagList: (a.tags || []).map((t) => t.name).sort(),
    createdAt: new Date(a.createdAt).toISOString(),
    updatedAt: new Date(a.updatedAt).toISOString(),
    favorited: Boolean(viewer && (a.favoritedBy || []).some((u) => u.id === viewer.id)),
    favoritesCount: (a.favoritedBy || []).length,
    author: { username: a.author.username, bio: a.author.bio, image: a.author.image, following: false },
  };
}

async function getArticle(slug, viewer) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError('article not found');
  return toJSON(article, viewer);
}

async function listArticles(filters, viewer) {
  const { articles, count } = await articleRepository.list(filters);
  return { articles: articles.map((a) => toJSON(a, viewer)), articlesCount: count };
}

async function createArticle(user, input = {}) {
  if (!input.title || !input.body) throw new ServiceError('title and body are required');
  const article = await articleRepository.create({
    authorId: user.id,
    slug: slugify(input.title),
    title: input.title,
    description: input.description || '',
    body: input.body,
    tagList: input.tagList || [],
  });
  return toJSON(article, user);
}

async function deleteArticle(user, slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError('article not found');
  if (article.authorId !== user.id) throw new ForbiddenError('only the author may delete this article');
  await articleRepository.remove(article);
}

const listTags = () => articleRepository.allTags();

module.exports = { getArticle, listArticles, createArticle, deleteArticle, listTags };
