// excerpt of https://github.com/sn0wm1ku/hono-clean-jwt-example@566c95f520ef:src/presentation/controllers/auth-controller.ts
import type { Context } from 'hono'

import type { LoginRequest, TokenVerificationRequest } from '../../types/validation'

import type { loginUseCase } from '../../application/login-use-case'

import type { verifyTokenUseCase } from '../../application/verify-token-use-case'
