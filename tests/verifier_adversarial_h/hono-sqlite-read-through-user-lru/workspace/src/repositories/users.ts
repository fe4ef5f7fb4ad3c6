import { db } from '../db.js';
import { LruCache } from '../lru.js';

export interface UserRow {
  id: number;
  email: string;
  username: string;
  password_hash: string;
  bio: string | null;
  image: string | null;
}

const byId = new LruCache<number, UserRow>(1000);

function remember(row: UserRow | undefined): UserRow | undefined {
  if (row) byId.set(row.id, row);
  return row;
}

export async function findById(id: number): Promise<UserRow | undefined> {
  return byId.get(id) ?? remember(await db.get('SELECT * FROM users WHERE id = ?', [id]));
}

export const findByEmail = async (email: string) => remember(await db.get('SELECT * FROM users WHERE email = ?', [email]));
export const findByUsername = async (username: string) =>
  remember(await db.get('SELECT * FROM users WHERE username = ?', [username]));

export async function insert({ email, username, passwordHash }: { email: string; username: string; passwordHash: string }) {
  const row = await db.get(
    'INSERT INTO users (email, username, password_hash) VALUES (?, ?, ?) RETURNING *',
    [email, username, passwordHash],
  );
  return remember(row);
}

export async function update(id: number, fields: Record<string, unknown>) {
  const columns = Object.keys(fields);
  if (columns.length) {
    const sets = columns.map((c) => `${c} = ?`).join(', ');
    await db.run(`UPDATE users SET ${sets} WHERE id = ?`, [...columns.map((c) => fields[c]), id]);
  }
  byId.delete(id);
  return findById(id);
}

export async function isFollowing(followerId: number | null, followedId: number): Promise<boolean> {
  if (!followerId) return false;
  return Boolean(await db.get('SELECT 1 AS hit FROM follows WHERE follower_id = ? AND followed_id = ?', [followerId, followedId]));
}

export const follow = (followerId: number, followedId: number) =>
  db.run('INSERT INTO follows (follower_id, followed_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [followerId, followedId]);

export const unfollow = (followerId: number, followedId: number) =>
  db.run('DELETE FROM follows WHERE follower_id = ? AND followed_id = ?', [followerId, followedId]);
