const repo = require('../repositories/tags');
module.exports = { list: () => repo.all() };
