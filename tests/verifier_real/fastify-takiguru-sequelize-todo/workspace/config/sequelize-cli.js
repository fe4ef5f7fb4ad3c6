// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:config/sequelize-cli.js
const sequelizeCli = require('config');

const sequelizeConfig = sequelizeCli.get('database.sequelizeOptions');

const currentEnvironment = process.env.NODE_ENV || 'development';

const configuration = {
    [currentEnvironment]: sequelizeConfig,
};
