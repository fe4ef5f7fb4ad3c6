// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/helpers/LoggerJaeger.js
import tracerClient from 'jaeger-client'

import opentracing from 'opentracing'

import { JAEGER } from 'configs/Constant'
