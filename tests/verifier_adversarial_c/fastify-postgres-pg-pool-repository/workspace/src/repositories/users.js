const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

class UserRepository {
  async findByEmail(email) {
    const { rows } = await pool.query('SELECT * FROM "Users" WHERE email = $1', [email]);
    return rows[0] || null;
  }

  async findByUsername(username) {
    const { rows } = await pool.query('SELECT * FROM "Users" WHERE username = $1', [username]);
    return rows[0] || null;
  }

  async create({ email, username, passwordHash }) {
    const { rows } = await pool.query(
      'INSERT INTO "Users" (email, username, "passwordHash", "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now()) RETURNING *',
      [email, username, passwordHash],
    );
    return rows[0];
  }
}

module.exports = { UserRepository };
