// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/init/index.js
import FastifyPlugin from 'fastify-plugin'

import FastifyExpress from 'fastify-express'

import Cors from 'cors'

import Middlewares from 'init/Middlewares'

import QueueWorkers from 'queues/workers'
