const { normalise } = require('../models/tag');
const tags = new Set();
module.exports = { all: async () => [...tags], add: async (t) => tags.add(normalise(t)) };
