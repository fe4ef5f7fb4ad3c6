// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/async-handler.ts
import { NextFunction, Request, Response } from 'express'

import expressAsyncHandler from 'express-async-handler'
