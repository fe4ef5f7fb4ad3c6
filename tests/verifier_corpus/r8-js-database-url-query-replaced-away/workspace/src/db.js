const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL.replace(/\?.*$/, ''), { dialect: 'postgres', logging: false });

module.exports = { sequelize };
