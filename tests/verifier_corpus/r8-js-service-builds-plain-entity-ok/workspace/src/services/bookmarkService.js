const { Bookmark } = require('../models/bookmark');
const bookmarkRepository = require('../repositories/bookmarkRepository');

async function bookmark(userId, slug) {
  const entry = Bookmark.create(userId, slug);
  await bookmarkRepository.save(entry);
  return entry;
}

module.exports = { bookmark };
