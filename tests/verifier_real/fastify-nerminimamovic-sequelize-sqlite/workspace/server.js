// excerpt of https://github.com/NerminImamovic/fastify-sequelize-sqlite@dc8470d4a4b7:server.js
const server = require('./app')({
  logger: {
    level: 'info',
    prettyPrint: true
  }
});
