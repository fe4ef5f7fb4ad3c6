const Tag = require('../models/tag');
exports.names = async () => (await Tag.findAll({ order: [['name', 'ASC']] })).map((t) => t.name);
