// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:src/routes/health-check/health-check.controller.js
