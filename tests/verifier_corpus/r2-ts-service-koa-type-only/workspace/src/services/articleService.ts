import type { Context } from 'koa';
import * as repo from '../repositories/articleRepository.js';

export async function getArticle(slug: string, _ctx?: Context) {
  return repo.findBySlug(slug);
}
