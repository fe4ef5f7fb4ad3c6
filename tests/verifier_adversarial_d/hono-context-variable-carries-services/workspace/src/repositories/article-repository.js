import { toArticle } from '../models/article.js';
export class ArticleRepository {
  #rows = new Map();
  async find(slug) { const r = this.#rows.get(slug); return r ? toArticle(r) : null; }
}
