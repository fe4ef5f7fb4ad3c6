// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:plugins/helmet.js
const internals = require('fastify-helmet');

const config = require('config');
