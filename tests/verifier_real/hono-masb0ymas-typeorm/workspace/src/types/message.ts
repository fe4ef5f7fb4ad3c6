// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/types/message.ts
import type { VALIDATION_MESSAGES } from '../lib/constants/message'

export type NestedValidationMessagesKey<R extends ValidationMessagesKey> =
  (typeof VALIDATION_MESSAGES)[R] extends string ? never : keyof (typeof VALIDATION_MESSAGES)[R]
