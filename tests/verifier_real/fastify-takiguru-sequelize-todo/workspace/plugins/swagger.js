// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:plugins/swagger.js
const config = require('config');

const internals = require('fastify-swagger');

const packageDetails = require('../package');
