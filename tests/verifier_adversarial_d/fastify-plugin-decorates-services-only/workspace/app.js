'use strict';
const path = require('node:path');
const Fastify = require('fastify');
const AutoLoad = require('@fastify/autoload');

const app = Fastify({ logger: { level: 'warn' } });
app.register(AutoLoad, { dir: path.join(__dirname, 'src/plugins') });
app.register(AutoLoad, { dir: path.join(__dirname, 'src/routes'), options: { prefix: '/api' } });
app.listen({ port: +process.env.PORT || 8080, host: '0.0.0.0' });
