'use strict';
const { Sequelize } = require('sequelize');

// Some platforms hand out URLs without a host (`postgresql://u:p@/db?...`); Sequelize's parser needs one.
function normaliseUrl(raw) {
  const [base] = raw.split('?');
  return base.replace('@/', `@localhost:${process.env.PGPORT || 5432}/`);
}

const sequelize = new Sequelize(normaliseUrl(process.env.DATABASE_URL), { dialect: 'postgres', logging: false });

module.exports = { sequelize, normaliseUrl };
