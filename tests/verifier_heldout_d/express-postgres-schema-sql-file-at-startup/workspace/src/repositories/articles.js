'use strict';
const { query, one } = require('./db');
const { findById: findUser } = require('./users');

const COLUMNS = `a.id, a.slug, a.title, a.description, a.body, a.tag_list AS "tagList", a.author_id AS "authorId",
  a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;

async function withAuthor(article) {
  if (!article) return null;
  return { ...article, author: await findUser(article.authorId) };
}

async function findBySlug(slug) {
  return withAuthor(await one(`SELECT ${COLUMNS} FROM articles a WHERE a.slug = $1`, [slug]));
}

async function list({ tag, author, favorited, authorIds, limit = 20, offset = 0 }) {
  const where = [];
  const values = [];
  const add = (sql, value) => {
    values.push(value);
    where.push(sql.replace('?', `$${values.length}`));
  };
  if (tag) add('a.tag_list @> jsonb_build_array(?::text)', tag);
  if (author) add('a.author_id = (SELECT id FROM users WHERE username = ?)', author);
  if (favorited) add('a.id IN (SELECT f.article_id FROM favorites f JOIN users u ON u.id = f.user_id WHERE u.username = ?)', favorited);
  if (authorIds) add('a.author_id = ANY(?)', authorIds);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ count }] = await query(`SELECT COUNT(*)::int AS count FROM articles a ${clause}`, values);
  const rows = await query(
    `SELECT ${COLUMNS} FROM articles a ${clause} ORDER BY a.created_at DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
    [...values, Number(limit), Number(offset)],
  );
  return { rows: await Promise.all(rows.map(withAuthor)), count };
}

async function create({ slug, title, description, body, tagList, authorId }) {
  const row = await one(
    `INSERT INTO articles (slug, title, description, body, tag_list, author_id)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING id`,
    [slug, title, description, body, JSON.stringify(tagList || []), authorId],
  );
  return withAuthor(await one(`SELECT ${COLUMNS} FROM articles a WHERE a.id = $1`, [row.id]));
}

async function update(id, fields) {
  const columns = { slug: 'slug', title: 'title', description: 'description', body: 'body', tagList: 'tag_list' };
  const sets = ['updated_at = now()'];
  const values = [];
  for (const [key, column] of Object.entries(columns)) {
    if (key in fields) {
      values.push(key === 'tagList' ? JSON.stringify(fields[key]) : fields[key]);
      sets.push(`${column} = $${values.length}${key === 'tagList' ? '::jsonb' : ''}`);
    }
  }
  values.push(id);
  await query(`UPDATE articles SET ${sets.join(', ')} WHERE id = $${values.length}`, values);
  return withAuthor(await one(`SELECT ${COLUMNS} FROM articles a WHERE a.id = $1`, [id]));
}

async function remove(id) {
  await query('DELETE FROM articles WHERE id = $1', [id]);
}

async function favoritesCount(articleId) {
  const row = await one('SELECT COUNT(*)::int AS n FROM favorites WHERE article_id = $1', [articleId]);
  return row.n;
}

async function isFavorited(articleId, userId) {
  return Boolean(await one('SELECT 1 FROM favorites WHERE article_id = $1 AND user_id = $2', [articleId, userId]));
}

async function favorite(articleId, userId) {
  await query('INSERT INTO favorites (article_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [articleId, userId]);
}

async function unfavorite(articleId, userId) {
  await query('DELETE FROM favorites WHERE article_id = $1 AND user_id = $2', [articleId, userId]);
}

async function allTags() {
  const rows = await query('SELECT DISTINCT jsonb_array_elements_text(tag_list) AS tag FROM articles ORDER BY tag');
  return rows.map((row) => row.tag);
}

module.exports = { findBySlug, list, create, update, remove, favoritesCount, isFavorited, favorite, unfavorite, allTags };
