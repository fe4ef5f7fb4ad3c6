// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/app/handlers/role.ts
import { zValidator } from '@hono/zod-validator'

import { Hono } from 'hono'

import HttpResponse from '~/lib/http/response'

import { BaseGetParamSchema } from '../dtos/base'

import { QuerySchema } from '../dtos/paginate'

import { RoleSchema } from '../dtos/role'

import { authorization } from '../middlewares/authorization'

import RoleRepository from '../repositories/role'

const repository = new RoleRepository()
