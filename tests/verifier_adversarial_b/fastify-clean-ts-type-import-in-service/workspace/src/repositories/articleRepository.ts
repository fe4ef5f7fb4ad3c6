import type { Article } from '../models/article';
import { pool } from './pool';

export async function findBySlug(slug: string): Promise<Article | undefined> {
  const { rows } = await pool.query('SELECT id, slug, title, body, author_id AS "authorId" FROM articles WHERE slug = $1', [slug]);
  return rows[0];
}
