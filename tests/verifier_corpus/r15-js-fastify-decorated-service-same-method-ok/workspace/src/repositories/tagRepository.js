const { Tag } = require('../models/article');

class TagRepository {
  async allTagNames() {
    return (await Tag.findAll()).map((tag) => tag.name);
  }
}

module.exports = { TagRepository };
