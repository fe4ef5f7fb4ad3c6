// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/server.js
import FastifyServer from 'fastify'

import init from 'init'

import routes from 'routes'

const PORT = process.env.PORT || 3000
