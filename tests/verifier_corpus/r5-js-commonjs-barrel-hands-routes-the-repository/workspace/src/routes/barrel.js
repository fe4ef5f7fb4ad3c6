const { findBySlug } = require('../index');
module.exports = (slug) => findBySlug(slug);
