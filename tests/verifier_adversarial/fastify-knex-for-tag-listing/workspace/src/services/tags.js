export class TagService {
  constructor({ tags }) {
    this.tags = tags;
  }

  async list() {
    return { tags: await this.tags.all() };
  }
}
