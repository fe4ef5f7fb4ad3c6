// excerpt of https://github.com/nghi2001/Koa-Sequelize-Kit@c54f963ac38f:routes/initDB.js
const Route = require('@koa/router');

const route = new Route({
    prefix: "/db"
});

route.get("/init", async (ctx, next) => {
    await ctx.db.sequelize.sync({})
    ctx.body = 'success'
})
