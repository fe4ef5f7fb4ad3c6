const tagRepository = require('../repositories/tagRepository');

async function list() {
  return tagRepository.tagNames();
}

module.exports = { list };
