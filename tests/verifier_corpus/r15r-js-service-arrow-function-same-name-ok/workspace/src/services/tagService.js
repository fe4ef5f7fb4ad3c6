const { TagRepository } = require('../repositories/tagRepository');

function makeTagService(repository = new TagRepository()) {
  const findAllTags = async () => repository.findAllTags();
  return { findAllTags };
}

module.exports = { makeTagService };
