class TagRepository {
  async findAllTags() {
    return [];
  }
}

module.exports = { TagRepository };
