import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });

export const followRepository = {
  async followeeIds(followerId: number): Promise<number[]> {
    const { rows } = await pool.query('SELECT "followeeId" FROM follows WHERE "followerId" = $1', [followerId]);
    return rows.map((row) => row.followeeId);
  },
};
