// excerpt of https://github.com/sn0wm1ku/hono-clean-jwt-example@566c95f520ef:src/domain/user-data.ts
import type { User } from '../types/user.ts'
