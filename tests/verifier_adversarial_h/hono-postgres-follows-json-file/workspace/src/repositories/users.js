import { db } from '../db.js';
import { followStore } from '../follow-store.js';

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
  return followStore.has(followerId, followedId);
}

export const follow = async (followerId, followedId) => followStore.add(followerId, followedId);

export const unfollow = async (followerId, followedId) => followStore.remove(followerId, followedId);
