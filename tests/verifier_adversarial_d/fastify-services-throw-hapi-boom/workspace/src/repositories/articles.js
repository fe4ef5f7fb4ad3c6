export class ArticleStore {
  #rows = new Map();
  async get(slug) { return this.#rows.get(slug); }
  async delete(slug) { this.#rows.delete(slug); }
}
