'use strict';
const { Op, Sequelize } = require('sequelize');

// Case-insensitive equality that works on both SQLite and PostgreSQL.
function iEquals(column, value) {
  return Sequelize.where(Sequelize.fn('lower', Sequelize.col(column)), { [Op.eq]: String(value).toLowerCase() });
}

module.exports = { iEquals };
