import { query, one } from './db.js';
import { findById as findUser } from './users.js';

const COLUMNS = `id, body, article_id AS "articleId", author_id AS "authorId", created_at AS "createdAt", updated_at AS "updatedAt"`;

export async function forArticle(articleId) {
  const rows = await query(`SELECT ${COLUMNS} FROM comments WHERE article_id = $1 ORDER BY created_at DESC`, [articleId]);
  return Promise.all(rows.map(async (row) => ({ ...row, author: await findUser(row.authorId) })));
}

export async function findById(id) {
  return one(`SELECT ${COLUMNS} FROM comments WHERE id = $1`, [id]);
}

export async function create({ body, articleId, authorId }) {
  const row = await one(
    `INSERT INTO comments (body, article_id, author_id) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
    [body, articleId, authorId],
  );
  return { ...row, author: await findUser(row.authorId) };
}

export async function remove(id) {
  await query('DELETE FROM comments WHERE id = $1', [id]);
}
