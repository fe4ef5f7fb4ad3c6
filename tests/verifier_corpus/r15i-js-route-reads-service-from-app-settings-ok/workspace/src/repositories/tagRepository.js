const { Tag } = require('../models/article');

async function tagNames() {
  return (await Tag.findAll()).map((t) => t.name);
}

module.exports = { tagNames };
