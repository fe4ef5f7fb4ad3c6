// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:server.js
const fastify = require('fastify');

const plugins = require('./plugins');

const config = require('config');

const database = require('./models');

const authorHandler = require('./handlers/author');

const todoHandler = require('./handlers/todo');

const build = async () => {
    const service = fastify(Object.assign({}, serviceConfig.options));
    plugins.register(service);
    service.register(authorHandler, { prefix: '/author' });
    service.register(todoHandler, { prefix: '/todo' });
    service.decorate('database', database);
    try {
        await database.sequelize.authenticate();
        await database.sequelize.sync({
            force: databaseConfig.forceSync,
        });
        await service.listen(serviceConfig.port, serviceConfig.host);
    } catch (error) {
        service.log.error(error);
        process.exit(1);
    }
    return service;
};
