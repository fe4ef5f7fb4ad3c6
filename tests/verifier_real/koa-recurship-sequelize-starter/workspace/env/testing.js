// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:env/testing.js
