// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/controllers/LoginController.js
import { getUserByConditions } from 'repos/UserRepo'

import { createToken } from 'repos/TokenRepo'

import { ts, randomString } from 'helpers/String'
