// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:index.js
const service = require('./server');
