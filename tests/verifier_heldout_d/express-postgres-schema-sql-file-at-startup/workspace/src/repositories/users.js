'use strict';
const { query, one } = require('./db');

const COLUMNS = 'id, username, email, password_hash AS "passwordHash", bio, image';

async function findById(id) {
  return one(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
}

async function findByEmail(email) {
  return one(`SELECT ${COLUMNS} FROM users WHERE email = $1`, [email]);
}

async function findByUsername(username) {
  return one(`SELECT ${COLUMNS} FROM users WHERE username = $1`, [username]);
}

async function create({ username, email, passwordHash }) {
  return one(
    `INSERT INTO users (username, email, password_hash) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
    [username, email, passwordHash],
  );
}

async function update(id, fields) {
  const columns = { username: 'username', email: 'email', passwordHash: 'password_hash', bio: 'bio', image: 'image' };
  const sets = [];
  const values = [];
  for (const [key, column] of Object.entries(columns)) {
    if (key in fields) {
      values.push(fields[key]);
      sets.push(`${column} = $${values.length}`);
    }
  }
  if (!sets.length) return findById(id);
  values.push(id);
  return one(`UPDATE users SET ${sets.join(', ')} WHERE id = $${values.length} RETURNING ${COLUMNS}`, values);
}

async function isFollowing(followerId, followedId) {
  return Boolean(await one('SELECT 1 FROM follows WHERE follower_id = $1 AND followed_id = $2', [followerId, followedId]));
}

async function follow(followerId, followedId) {
  await query('INSERT INTO follows (follower_id, followed_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [followerId, followedId]);
}

async function unfollow(followerId, followedId) {
  await query('DELETE FROM follows WHERE follower_id = $1 AND followed_id = $2', [followerId, followedId]);
}

async function followedIds(followerId) {
  const rows = await query('SELECT followed_id FROM follows WHERE follower_id = $1', [followerId]);
  return rows.map((row) => row.followed_id);
}

module.exports = { findById, findByEmail, findByUsername, create, update, isFollowing, follow, unfollow, followedIds };
