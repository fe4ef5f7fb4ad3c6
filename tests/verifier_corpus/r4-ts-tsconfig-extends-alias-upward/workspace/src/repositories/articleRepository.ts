import { Article } from '../models/article.js';

export async function findBySlug(slug: string): Promise<Article | null> {
  return Article.findOne({ where: { slug } });
}
