const crypto = require('node:crypto');
const { Article, Tag, User } = require('../models');

const withRelations = [
  { model: User, as: 'author' },
  { model: Tag, as: 'tags', through: { attributes: [] } },
  { model: User, as: 'favoritedBy', through: { attributes: [] } },
];
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
  const article = await Article.findOne({ where: { slug }, include: withRelations });
  if (!article) throw new NotFoundError('article not found');
  return toJSON(article, viewer);
}

async function listArticles(filters, viewer) {
  const { limit = 20, offset = 0 } = filters;
  const { rows, count } = await Article.findAndCountAll({ include: withRelations, distinct: true, order: [['createdAt', 'DESC']], limit, offset });
  return { articles: rows.map((a) => toJSON(a, viewer)), articlesCount: count };
}

async function createArticle(user, input = {}) {
  if (!input.title || !input.body) throw new ServiceError('title and body are required');
  const slug = slugify(input.title);
  const article = await Article.create({ authorId: user.id, slug, title: input.title, description: input.description || '', body: input.body });
  const tags = await Promise.all((input.tagList || []).map((name) => Tag.findOrCreate({ where: { name } }).then(([t]) => t)));
  await article.setTags(tags);
  return toJSON(await Article.findOne({ where: { slug }, include: withRelations }), user);
}

async function deleteArticle(user, slug) {
  const article = await Article.findOne({ where: { slug } });
  if (!article) throw new NotFoundError('article not found');
  if (article.authorId !== user.id) throw new ForbiddenError('only the author may delete this article');
  await article.destroy();
}

const listTags = async () => (await Tag.findAll({ order: [['name', 'ASC']] })).map((t) => t.name);

module.exports = { getArticle, listArticles, createArticle, deleteArticle, listTags };
