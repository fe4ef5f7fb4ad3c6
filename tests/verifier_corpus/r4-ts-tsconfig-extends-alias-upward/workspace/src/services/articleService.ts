import * as repo from '../repositories/articleRepository.js';

export async function getArticle(slug: string) {
  return repo.findBySlug(slug);
}
