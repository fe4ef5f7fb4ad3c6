// excerpt of https://github.com/tugberkgoc/fastify-sequelize-postgres@1edb33cdab77:routes/user.js
const userController = require('../controllers/user')
