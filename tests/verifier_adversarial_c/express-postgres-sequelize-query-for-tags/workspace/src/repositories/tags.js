const { QueryTypes } = require('sequelize');
const { sequelize } = require('../models');

async function allTagNames() {
  const rows = await sequelize.query('SELECT DISTINCT name FROM "Tags" ORDER BY name', { type: QueryTypes.SELECT });
  return rows.map((r) => r.name);
}

module.exports = { allTagNames };
