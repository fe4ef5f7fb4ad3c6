// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/middleware/with-state.ts
import { NextFunction, Request, Response } from 'express'

import WithState from '~/lib/module/with-state'
