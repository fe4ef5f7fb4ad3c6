// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/middleware/rate-limit.ts
import { NextFunction, Request, Response } from 'express'

import rateLimit, { Options, RateLimitRequestHandler } from 'express-rate-limit'
