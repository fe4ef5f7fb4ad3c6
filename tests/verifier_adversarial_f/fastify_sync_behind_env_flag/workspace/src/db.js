'use strict';
// PostgreSQL through Sequelize: DATABASE_URL as given (it names the socket directory in ?host=).
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });

module.exports = { sequelize };
