// excerpt of https://github.com/tugberkgoc/fastify-sequelize-postgres@1edb33cdab77:index.js
const fastify = require('fastify')({
  logger: true
})

const {sequelize} = require('./models/index')

const userRoutes = require('./routes/user')

const countyRoutes = require('./routes/county')

const cityRoutes = require('./routes/city')

const carRoutes = require('./routes/car')

const photoRoutes = require('./routes/photo')

sequelize.sync().then(() => {
  console.log("Users db and user table have been created");
});
