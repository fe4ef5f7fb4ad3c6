// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/app/handlers/user.ts
import { zValidator } from '@hono/zod-validator'

import { Hono } from 'hono'

import { AppDataSource } from '~/config/database'

import { User } from '~/database/entities/user'

import { BAD_REQUEST, NOT_FOUND } from '~/lib/constants/error'

import HttpResponse from '~/lib/http/response'

import { BaseGetParamSchema } from '../dtos/base'

import { QuerySchema } from '../dtos/paginate'

import { UserChangePasswordSchema, UserCreateSchema, UserUpdateSchema } from '../dtos/user'

import { authorization } from '../middlewares/authorization'

import UserRepository from '../repositories/user'

const repository = new UserRepository()

route.put(
  '/:id/change-password',
  authorization(),
  zValidator('param', BaseGetParamSchema, (result, c) => {
    if (!result.success) {
      const response = HttpResponse.throwGetByID(result.error.issues)
      return c.json(response, 400)
    }
  }),
  zValidator('json', UserChangePasswordSchema),
  async (c) => {
    const { id } = c.req.valid('param')
    const values = c.req.valid('json')

    const repo = {
      user: AppDataSource.getRepository(User),
    }

    const getUser = await repo.user.findOne({
      select: { id: true, password: true },
      where: { id },
    })
    if (!getUser) {
      const response = HttpResponse.throwError(NOT_FOUND, 'User not found')
      return c.json(response, 404)
    }

    // compare old password
    const oldPasswordMatch = await getUser.comparePassword(values.old_password)
    if (!oldPasswordMatch) {
      const response = HttpResponse.throwError(BAD_REQUEST, 'current password is not correct')
      return c.json(response, 400)
    }

    // compare new password with current password
    const newPasswordMatch = await getUser.comparePassword(values.password)
    if (newPasswordMatch) {
      const response = HttpResponse.throwError(
        BAD_REQUEST,
        'new password cant be same with current password'
      )
      return c.json(response, 400)
    }

    await repo.user.save({ ...getUser, password: values.password })

    const response = HttpResponse.updated()
    return c.json(response, 200)
  }
)
