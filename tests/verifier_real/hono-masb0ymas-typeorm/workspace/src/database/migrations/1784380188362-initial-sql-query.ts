// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/database/migrations/1784380188362-initial-sql-query.ts
import type { MigrationInterface, QueryRunner } from 'typeorm'

import { env } from '~/config/env'

const db_name = env.typeorm.database

const timezone = env.typeorm.timezone

export class InitialSqlQuery1784380188362 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "uuid-ossp";')
    await queryRunner.query('SELECT * FROM pg_timezone_names;')
    await queryRunner.query(`ALTER DATABASE "${db_name}" SET timezone TO '${timezone}';`)
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // no query needed
  }
}
