import { db } from '../db.js';

export const findById = (id) => db.get('SELECT * FROM users WHERE id = ?', [id]);
export const findByEmail = (email) => db.get('SELECT * FROM users WHERE email = ?', [email]);
export const findByUsername = (username) => db.get('SELECT * FROM users WHERE username = ?', [username]);

export async function insert({ email, username, passwordHash }) {
  const row = await db.get(
    'INSERT INTO users (email, username, password_hash) VALUES (?, ?, ?) RETURNING id',
    [email, username, passwordHash],
  );
  return findById(row.id);
}

export async function update(id, fields) {
  const columns = Object.keys(fields);
  if (columns.length) {
    const sets = columns.map((c) => `${c} = ?`).join(', ');
    await db.run(`UPDATE users SET ${sets} WHERE id = ?`, [...columns.map((c) => fields[c]), id]);
  }
  return findById(id);
}

export async function isFollowing(followerId, followedId) {
  if (!followerId) return false;
  const row = await db.get('SELECT 1 AS hit FROM follows WHERE follower_id = ? AND followed_id = ?', [followerId, followedId]);
  return Boolean(row);
}

export const follow = (followerId, followedId) =>
  db.run('INSERT INTO follows (follower_id, followed_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [followerId, followedId]);

export const unfollow = (followerId, followedId) =>
  db.run('DELETE FROM follows WHERE follower_id = ? AND followed_id = ?', [followerId, followedId]);
