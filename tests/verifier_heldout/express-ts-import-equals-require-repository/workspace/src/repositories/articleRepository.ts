import { Article } from '../models/article';

export function findBySlug(slug: string) {
  return Article.findOne({ where: { slug } });
}

export function list(limit: number, offset: number) {
  return Article.findAndCountAll({ order: [['createdAt', 'DESC']], limit, offset });
}

export async function remove(article: Article) {
  await article.destroy();
}
