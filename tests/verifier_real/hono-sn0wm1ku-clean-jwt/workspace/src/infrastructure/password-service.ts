// excerpt of https://github.com/sn0wm1ku/hono-clean-jwt-example@566c95f520ef:src/infrastructure/password-service.ts
import bcrypt from 'bcryptjs'

import type { PasswordService } from '../domain/interfaces'

export const createPasswordService = (): PasswordService => ({
  verify: async (password: string, hashedPassword: string): Promise<boolean> =>
    bcrypt.compare(password, hashedPassword),
  
  hash: async (password: string): Promise<string> =>
    bcrypt.hash(password, 10),
})
