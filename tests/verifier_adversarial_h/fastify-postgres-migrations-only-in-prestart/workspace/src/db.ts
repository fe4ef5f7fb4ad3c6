import pg from 'pg';

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

const toPositional = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

type Params = unknown[];

export const db = {
  async get<T = any>(sql: string, params: Params = []): Promise<T | undefined> {
    const { rows } = await pool.query(toPositional(sql), params);
    return rows[0];
  },
  async all<T = any>(sql: string, params: Params = []): Promise<T[]> {
    const { rows } = await pool.query(toPositional(sql), params);
    return rows;
  },
  async run(sql: string, params: Params = []): Promise<{ changes: number }> {
    const { rowCount } = await pool.query(toPositional(sql), params);
    return { changes: rowCount ?? 0 };
  },
};
