import { db } from '../db.js';

export const findBySlug = (slug) => db.get('SELECT * FROM articles WHERE slug = ?', [slug]);

export async function insert({ slug, title, description, body, authorId, tags }) {
  const now = new Date().toISOString();
  const row = await db.get(
    `INSERT INTO articles (slug, title, description, body, author_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [slug, title, description, body, authorId, now, now],
  );
  await setTags(row.id, tags);
  return db.get('SELECT * FROM articles WHERE id = ?', [row.id]);
}

export async function update(id, fields) {
  const columns = Object.keys(fields);
  const sets = [...columns.map((c) => `${c} = ?`), 'updated_at = ?'].join(', ');
  await db.run(`UPDATE articles SET ${sets} WHERE id = ?`, [...columns.map((c) => fields[c]), new Date().toISOString(), id]);
  return db.get('SELECT * FROM articles WHERE id = ?', [id]);
}

export const remove = (id) => db.run('DELETE FROM articles WHERE id = ?', [id]);

export async function setTags(articleId, tags = []) {
  await db.run('DELETE FROM article_tags WHERE article_id = ?', [articleId]);
  for (const name of [...new Set(tags)]) {
    await db.run('INSERT INTO article_tags (article_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING', [articleId, name]);
  }
}

export async function tagsOf(articleId) {
  const rows = await db.all('SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag', [articleId]);
  return rows.map((r) => r.tag);
}

export async function list({ tag, author, favorited, authorIds, limit = 20, offset = 0 }) {
  const where = [];
  const params = [];
  if (tag) {
    where.push('a.id IN (SELECT article_id FROM article_tags WHERE tag = ?)');
    params.push(tag);
  }
  if (author) {
    where.push('a.author_id IN (SELECT id FROM users WHERE username = ?)');
    params.push(author);
  }
  if (favorited) {
    where.push('a.id IN (SELECT f.article_id FROM favorites f JOIN users u ON u.id = f.user_id WHERE u.username = ?)');
    params.push(favorited);
  }
  if (authorIds) {
    where.push('a.author_id IN (SELECT followed_id FROM follows WHERE follower_id = ?)');
    params.push(authorIds.followerId);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await db.get(`SELECT COUNT(*) AS n FROM articles a ${clause}`, params);
  const rows = await db.all(
    `SELECT a.* FROM articles a ${clause} ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?`,
    [...params, limit, offset],
  );
  return { rows, count: Number(count.n) };
}

export async function favoritesCount(articleId) {
  const row = await db.get('SELECT COUNT(*) AS n FROM favorites WHERE article_id = ?', [articleId]);
  return Number(row.n);
}

export async function isFavorited(userId, articleId) {
  if (!userId) return false;
  return Boolean(await db.get('SELECT 1 AS hit FROM favorites WHERE user_id = ? AND article_id = ?', [userId, articleId]));
}

export const favorite = (userId, articleId) =>
  db.run('INSERT INTO favorites (user_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [userId, articleId]);

export const unfavorite = (userId, articleId) =>
  db.run('DELETE FROM favorites WHERE user_id = ? AND article_id = ?', [userId, articleId]);

export async function allTags() {
  const rows = await db.all('SELECT DISTINCT tag FROM article_tags ORDER BY tag');
  return rows.map((r) => r.tag);
}
