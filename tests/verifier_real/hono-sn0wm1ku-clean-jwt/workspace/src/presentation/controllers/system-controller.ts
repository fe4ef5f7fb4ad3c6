// excerpt of https://github.com/sn0wm1ku/hono-clean-jwt-example@566c95f520ef:src/presentation/controllers/system-controller.ts
import type { Context } from 'hono'
