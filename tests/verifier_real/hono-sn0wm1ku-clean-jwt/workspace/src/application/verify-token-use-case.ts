// excerpt of https://github.com/sn0wm1ku/hono-clean-jwt-example@566c95f520ef:src/application/verify-token-use-case.ts
import type { TokenService } from '../domain/interfaces'

import type { TokenVerificationRequest, TokenVerificationResponse } from '../types/user'

import type { Result } from '../types/result'

import { success, failure } from '../types/result'

export const verifyTokenUseCase = (
  tokenService: TokenService
) => async (
  request: TokenVerificationRequest,
  jwtSecret: string
): Promise<Result<TokenVerificationResponse, string>> => {
  const { token } = request

  if (!token) {
    return failure('Token is required')
  }

  const verificationResult = await tokenService.verify(token, jwtSecret)

  if (verificationResult.success) {
    const response: TokenVerificationResponse = {
      valid: true,
      payload: verificationResult.data,
    }
    return success(response)
  } else {
    const response: TokenVerificationResponse = {
      valid: false,
      error: verificationResult.error,
    }
    return success(response)
  }
}
