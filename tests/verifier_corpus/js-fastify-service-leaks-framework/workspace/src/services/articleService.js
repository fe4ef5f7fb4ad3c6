import createError from '@fastify/error';
import * as repo from '../repositories/articleRepository.js';

const NotFound = createError('NOT_FOUND', 'not found', 404);

export async function getArticle(slug) {
  const found = await repo.findBySlug(slug);
  if (!found) throw new NotFound();
  return found;
}
