// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:script/create-migration.ts
import { execSync } from 'child_process'

if (!name) {
  console.error('Error: migration name is required.\n')
  console.info('Usage: bun run db:create <migration-name>\n')
  process.exit(1)
}

const command = `typeorm migration:create src/database/migrations/${name}`
