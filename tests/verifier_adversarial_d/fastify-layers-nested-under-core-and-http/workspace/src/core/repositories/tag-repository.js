import { Tag } from '../models/tag.js';

export class TagRepository {
  #tags = new Map();
  async upsert(names) { return names.map((n) => this.#tags.get(n) ?? this.#tags.set(n, new Tag(n)).get(n)); }
  async all() { return [...this.#tags.values()]; }
}
