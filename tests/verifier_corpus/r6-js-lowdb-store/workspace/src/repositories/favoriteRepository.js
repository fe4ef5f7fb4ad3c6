const { Low } = require('lowdb');
const { JSONFile } = require('lowdb/node');

const db = new Low(new JSONFile('favorites.json'), { favorites: [] });

module.exports = { db };
