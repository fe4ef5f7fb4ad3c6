import { articleRepository } from '@repositories/article.repository';
export const listArticles = (limit = 20, offset = 0) => articleRepository.list(limit, offset);
