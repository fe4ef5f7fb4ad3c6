module.exports = (row) => ({ slug: row.slug, title: row.title, body: row.body });
