// excerpt of https://github.com/tugberkgoc/fastify-sequelize-postgres@1edb33cdab77:routes/car.js
const carController = require('../controllers/car')
