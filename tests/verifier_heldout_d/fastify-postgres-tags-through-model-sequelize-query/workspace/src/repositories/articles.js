import { Op, QueryTypes } from 'sequelize';
import { models } from './db.js';

const { Article, User, Favorite } = models;
const withAuthor = [{ model: User, as: 'author' }];

export async function findBySlug(slug) {
  return Article.findOne({ where: { slug }, include: withAuthor });
}

export async function list({ tag, author, favorited, authorIds, limit = 20, offset = 0 }) {
  const where = {};
  if (authorIds) where.authorId = { [Op.in]: authorIds };
  if (author) {
    const user = await User.findOne({ where: { username: author } });
    if (!user) return { rows: [], count: 0 };
    where.authorId = user.id;
  }
  if (favorited) {
    const fan = await User.findOne({ where: { username: favorited } });
    if (!fan) return { rows: [], count: 0 };
    const favs = await Favorite.findAll({ where: { userId: fan.id } });
    where.id = { [Op.in]: favs.map((f) => f.articleId) };
  }
  let rows = await Article.findAll({ where, include: withAuthor, order: [['createdAt', 'DESC']] });
  if (tag) rows = rows.filter((a) => (a.tagList || []).includes(tag));
  return { rows: rows.slice(offset, offset + limit), count: rows.length };
}

export async function create(fields) {
  const article = await Article.create(fields);
  return findBySlug(article.slug);
}

export async function update(id, fields) {
  await Article.update(fields, { where: { id } });
  return Article.findByPk(id, { include: withAuthor });
}

export async function remove(id) {
  await Article.destroy({ where: { id } });
}

export async function favoritesCount(articleId) {
  return Favorite.count({ where: { articleId } });
}

export async function isFavorited(articleId, userId) {
  return (await Favorite.count({ where: { articleId, userId } })) > 0;
}

export async function favorite(articleId, userId) {
  await Favorite.findOrCreate({ where: { articleId, userId } });
}

export async function unfavorite(articleId, userId) {
  await Favorite.destroy({ where: { articleId, userId } });
}

export async function allTags() {
  const rows = await Article.sequelize.query(
    'SELECT DISTINCT json_array_elements_text("tagList") AS tag FROM articles ORDER BY tag',
    { type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.tag);
}
