const { TagRepository } = require('../repositories/tagRepository');

const repository = new TagRepository();

async function allTagNames() {
  return repository.allTagNames();
}

module.exports = { allTagNames };
