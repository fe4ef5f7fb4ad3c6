// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/cache/index.js
const configs = require('../configs/Env')

const asyncRedis = require('async-redis')
