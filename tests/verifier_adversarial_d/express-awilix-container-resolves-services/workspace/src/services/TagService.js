module.exports = class TagService {
  constructor(tagRepository) { this.tags = tagRepository; }
  async names() { return (await this.tags.all()).map((t) => t.name); }
};
