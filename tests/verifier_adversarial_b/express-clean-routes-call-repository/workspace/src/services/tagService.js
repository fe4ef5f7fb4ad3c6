const tags = require('../repositories/tagRepository');

exports.popular = (n = 20) => tags.all().slice(0, n);
