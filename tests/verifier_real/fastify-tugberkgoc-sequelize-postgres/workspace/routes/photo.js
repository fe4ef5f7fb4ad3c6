// excerpt of https://github.com/tugberkgoc/fastify-sequelize-postgres@1edb33cdab77:routes/photo.js
const photoController = require('../controllers/photo')
