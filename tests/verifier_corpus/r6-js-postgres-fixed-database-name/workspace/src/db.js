const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', database: 'conduit_dev', logging: false });

module.exports = { sequelize };
