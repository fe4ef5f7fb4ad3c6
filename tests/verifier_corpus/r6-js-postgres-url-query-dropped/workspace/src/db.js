const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL.split('?')[0], { dialect: 'postgres', logging: false });

module.exports = { sequelize };
