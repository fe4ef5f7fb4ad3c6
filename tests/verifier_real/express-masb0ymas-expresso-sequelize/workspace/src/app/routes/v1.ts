// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/routes/v1.ts
import express, { Request, Response } from 'express'

import swaggerUI from 'swagger-ui-express'

import { env } from '~/config/env'

import { optionsSwaggerUI, swaggerSpec } from '~/lib/swagger'

import { AuthHandler } from '../handler/auth'

import { RoleHandler } from '../handler/role'

import { SessionHandler } from '../handler/session'

import { UploadHandler } from '../handler/upload'

import { UserHandler } from '../handler/user'

const route = express.Router()

route.use('/session', SessionHandler)
