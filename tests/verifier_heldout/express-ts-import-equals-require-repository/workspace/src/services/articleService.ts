import * as articleRepository from '../repositories/articleRepository';

export class NotFound extends Error {
  status = 404;
}

export async function listArticles(limit = 20, offset = 0) {
  const { rows, count } = await articleRepository.list(limit, offset);
  return { articles: rows.map((a) => a.toJSON()), articlesCount: count };
}

export async function getArticle(slug: string) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFound('article not found');
  return article.toJSON();
}
