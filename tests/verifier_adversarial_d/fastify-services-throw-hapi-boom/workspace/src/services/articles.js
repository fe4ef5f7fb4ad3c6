import Boom from '@hapi/boom';
import { isAuthor } from '../models/article.js';

export class ArticleService {
  constructor(store) { this.store = store; }
  async remove(slug, userId) {
    const article = await this.store.get(slug);
    if (!article) throw Boom.notFound('article not found');
    if (!isAuthor(article, userId)) throw Boom.forbidden('only the author can delete');
    await this.store.delete(slug);
  }
}
