// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/app/password-manager.ts
import fp from 'fastify-plugin'

import { scrypt, timingSafeEqual, randomBytes } from 'node:crypto'
