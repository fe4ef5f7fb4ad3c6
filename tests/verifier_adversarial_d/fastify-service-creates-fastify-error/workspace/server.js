'use strict';
const Fastify = require('fastify');
const { ProfileRepository } = require('./src/repositories/profiles');
const { ProfileService } = require('./src/services/profiles');

const app = Fastify({ logger: true });
app.register(require('./src/routes/profiles'), { prefix: '/api', profiles: new ProfileService(new ProfileRepository()) });
app.listen({ port: Number(process.env.PORT) || 8080, host: '0.0.0.0' });
