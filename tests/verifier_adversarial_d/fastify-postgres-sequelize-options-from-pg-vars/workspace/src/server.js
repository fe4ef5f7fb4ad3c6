'use strict';
const fastify = require('fastify')();
const sequelize = require('./sequelize');
const { Tag } = require('./models');

fastify.get('/api/tags', async () => ({ tags: (await Tag.findAll({ order: [['name', 'ASC']] })).map((t) => t.name) }));

sequelize.sync().then(() => fastify.listen({ port: Number(process.env.PORT) || 8080, host: '0.0.0.0' }));
