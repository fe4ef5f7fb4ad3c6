'use strict';
const { Article, Tag, User, Comment } = require('../models');
const cache = require('./cache');

const include = [
  { model: User, as: 'author' },
  { model: Tag, as: 'tags', through: { attributes: [] } },
  { model: User, as: 'favoritedBy', attributes: ['id'], through: { attributes: [] } },
];

async function list({ tag, author, favorited, limit = 20, offset = 0 }) {
  const rows = await Article.findAll({ include, order: [['createdAt', 'DESC'], ['id', 'DESC']] });
  const kept = rows.filter((a) => (!tag || a.tags.some((t) => t.name === tag))
    && (!author || a.author.username === author)
    && (!favorited || a.favoritedBy.some((u) => u.username === favorited)));
  return { rows: kept.slice(offset, offset + limit), count: kept.length };
}

async function create(fields, tagNames) {
  const article = await Article.create(fields);
  const tags = await Promise.all(tagNames.map((name) => Tag.findOrCreate({ where: { name } }).then(([t]) => t)));
  await article.setTags(tags);
  return Article.findByPk(article.id, { include });
}

module.exports = {
  list,
  create,
  bySlug: (slug) => cache.through(`article:${slug}`, () => Article.findOne({ where: { slug }, include })),
  destroy: async (article) => { cache.forget(`article:${article.slug}`); await article.destroy(); },
  tags: () => Tag.findAll({ order: [['name', 'ASC']] }).then((rows) => rows.map((t) => t.name)),
  comments: (articleId) => Comment.findAll({ where: { articleId }, include: [{ model: User, as: 'author' }], order: [['id', 'ASC']] }),
  addComment: (fields) => Comment.create(fields),
};
