const FEED = 'SELECT slug FROM articles ORDER BY id DESC';
module.exports = { FEED };
