// excerpt of https://github.com/taythebot/fastify-template@cade2f94a49c:sequelize.config.js
const fs = require('fs')

require('dotenv').config()

module.exports = {
  username: process.env.POSTGRES_USERNAME,
  password: process.env.POSTGRES_PASSWORD,
  database: process.env.POSTGRES_DATABASE,
  host: process.env.POSTGRES_HOST,
  port: process.env.POSTGRES_PORT,
  dialect: 'postgres',
  operatorsAliases: 0,
  define: {
    underscored: true,
    createdAt: 'created_at',
    updatedAt: 'updated_at',
    deletedAt: 'deleted_at',
  },
}
