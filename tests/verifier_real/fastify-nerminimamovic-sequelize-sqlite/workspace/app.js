// excerpt of https://github.com/NerminImamovic/fastify-sequelize-sqlite@dc8470d4a4b7:app.js
const fastify = require('fastify');

const models = require('./models');

function build(opts={}) {
  const app = fastify(opts);

  app.get('/', async function (request, reply) {
    await City.sync();

    const cities = await City.findAll();  

    return { cities };
  });

  return app;
}
