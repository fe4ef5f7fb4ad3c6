// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/handler/user.ts
import express, { Request, Response } from 'express'

import { asyncHandler } from '~/lib/async-handler'

import { ConstRole } from '~/lib/constant/seed/role'

import HttpResponse from '~/lib/http/response'

import authorization from '../middleware/authorization'

import { permissionAccess } from '../middleware/with-permission'

import UserService from '../service/user'

const route = express.Router()

const service = new UserService()
