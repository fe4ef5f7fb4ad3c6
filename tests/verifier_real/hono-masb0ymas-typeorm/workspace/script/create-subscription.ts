// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:script/create-subscription.ts
import { execSync } from 'child_process'

if (!name) {
  console.error('Error: subscribers name is required.\n')
  console.info('Usage: bun run db:create <subscribers-name>\n')
  process.exit(1)
}

const command = `typeorm subscriber:create src/database/subscribers/${name}`
