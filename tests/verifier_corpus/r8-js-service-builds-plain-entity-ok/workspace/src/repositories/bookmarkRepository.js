const bookmarks = require('../models/article');

async function save(bookmark) {
  return bookmarks.Article.update({ bookmarkedBy: bookmark.userId }, { where: { slug: bookmark.slug } });
}

module.exports = { save };
