const repo = require('../repositories/tags');
exports.list = () => repo.names();
