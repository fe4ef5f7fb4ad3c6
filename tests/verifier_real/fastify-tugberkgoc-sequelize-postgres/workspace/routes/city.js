// excerpt of https://github.com/tugberkgoc/fastify-sequelize-postgres@1edb33cdab77:routes/city.js
const cityController = require('../controllers/city')
