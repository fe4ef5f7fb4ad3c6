const { Sequelize } = require('sequelize');
const db = new Sequelize(process.env.DATABASE_URL);

async function run(sql) {
  return db.query(sql);
}
module.exports = { run };
