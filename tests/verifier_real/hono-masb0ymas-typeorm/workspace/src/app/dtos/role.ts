// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/app/dtos/role.ts
import z from 'zod'

import { requiredString } from '~/lib/validation'
