import * as repo from '../repositories/articleRepository.js';

export async function getArticle(slug) {
  return repo.findBySlug(slug);
}
