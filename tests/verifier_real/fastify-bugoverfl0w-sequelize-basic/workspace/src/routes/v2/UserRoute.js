// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/routes/v2/UserRoute.js
const UserController = require('../../controllers/UserController')
