const pool = require('./pool');

module.exports = async function ensureSchema() {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS users (id SERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, username TEXT UNIQUE NOT NULL, password TEXT NOT NULL, bio TEXT DEFAULT '', image TEXT);
    CREATE TABLE IF NOT EXISTS follows (follower_id INT NOT NULL REFERENCES users(id), followed_id INT NOT NULL REFERENCES users(id), PRIMARY KEY (follower_id, followed_id));
  `);
};
