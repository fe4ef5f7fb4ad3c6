const db = require('../db');

async function byId(id) {
  const sql = 'SELECT * FROM articles WHERE id = ' + id;
  return db.sequelize.query(sql);
}
module.exports = { byId };
