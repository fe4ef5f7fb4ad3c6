// excerpt of https://github.com/tugberkgoc/fastify-sequelize-postgres@1edb33cdab77:routes/county.js
const countyController = require('../controllers/county')
