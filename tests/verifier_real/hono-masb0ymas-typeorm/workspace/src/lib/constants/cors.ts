// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/constants/cors.ts
import { env } from '~/config/env'

if (env.app.nodeEnv !== 'production') {
  ALLOWED_ORIGINS = [...ALLOWED_ORIGINS, ...LOCAL_ORIGINS]
}
