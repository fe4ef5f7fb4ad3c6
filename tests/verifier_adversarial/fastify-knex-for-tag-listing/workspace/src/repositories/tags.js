// Tag listing with knex: the JSON column needs jsonb_array_elements_text, which Sequelize cannot express.
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL, pool: { min: 0, max: 2 } });

export class TagRepository {
  async all() {
    const rows = await db
      .select(db.raw('DISTINCT jsonb_array_elements_text("tagList"::jsonb) AS tag'))
      .from('articles')
      .orderBy('tag');
    return rows.map((row) => row.tag);
  }
}
