const fastify = require('fastify')();
const { sequelize, Tag } = require('./db');

fastify.get('/api/tags', async () => ({ tags: (await Tag.findAll({ order: [['name', 'ASC']] })).map((t) => t.name) }));

sequelize.sync().then(() => fastify.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' }));
