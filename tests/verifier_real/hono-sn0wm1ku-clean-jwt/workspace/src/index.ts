// excerpt of https://github.com/sn0wm1ku/hono-clean-jwt-example@566c95f520ef:src/index.ts
import { serve } from '@hono/node-server'

import { loginUseCase } from './application/login-use-case'

import { verifyTokenUseCase } from './application/verify-token-use-case'

import { createUserRepository } from './infrastructure/user-repository'

import { createPasswordService } from './infrastructure/password-service'

import { createTokenService } from './infrastructure/token-service'

import { createRouter } from './presentation/routes/index'

import type { AppConfig } from './types/config'

const userRepository = createUserRepository()

const passwordService = createPasswordService()

const tokenService = createTokenService()

const login = loginUseCase(userRepository, passwordService, tokenService)

const verifyToken = verifyTokenUseCase(tokenService)

const app = createRouter(login, verifyToken, userRepository, config.jwtSecret)

serve({
  fetch: app.fetch,
  port: config.port
})
