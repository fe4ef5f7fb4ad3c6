const { shape } = require('../models/article');
const rows = [];
module.exports = {
  byAuthors: async (ids, limit, offset) => rows.filter((a) => ids.includes(a.authorId)).slice(offset, offset + limit).map(shape),
};
