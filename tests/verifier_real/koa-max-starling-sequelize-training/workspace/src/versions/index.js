// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/versions/index.js
const mount = require('koa-mount');

const v1 = require('./v1');

const mountVersion = (app, versionRoute, versionResources) => {
    Object.keys(versionResources).forEach((key) => {
        app.use(mount(`${versionRoute}${key}`, versionResources[key]));
    });
};
