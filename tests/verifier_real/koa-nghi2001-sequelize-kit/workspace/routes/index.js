// excerpt of https://github.com/nghi2001/Koa-Sequelize-Kit@c54f963ac38f:routes/index.js
const Route = require('@koa/router');

const fs = require('fs');

fileNames.forEach(file => {
    let childRoute = require(`./${file}`);
    routes.use(childRoute.routes(), childRoute.allowedMethods());

})
