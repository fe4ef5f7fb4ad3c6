// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:plugins/index.js
const swaggerPlugin = require('./swagger');

const helmetPlugin = require('./helmet');
