// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/init/Middlewares.js
import FastifyPlugin from 'fastify-plugin'

import FastifyFormbody from 'fastify-formbody'

import FastifyHelmet from 'fastify-helmet'

import FastifyMultipart from 'fastify-multipart'

import FastifyCompress from 'fastify-compress'

import FastifyRateLimit from 'fastify-rate-limit'

import { LIMIT } from 'configs/Constant'
