// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:src/project-env.js
const { PROJECT_ENV } = process.env;

if (!PROJECT_ENV || ENV_WHITELIST.includes(PROJECT_ENV) === -1) {
  throw new Error(`PROJECT_ENV: must be one of ${ENV_WHITELIST}`);
}

const k = require(`../env/${PROJECT_ENV}`);
