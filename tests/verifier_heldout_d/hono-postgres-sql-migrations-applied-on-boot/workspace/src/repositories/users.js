import { query, one } from './db.js';

const COLUMNS = 'id, username, email, password_hash AS "passwordHash", bio, image';

export async function findById(id) {
  return one(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
}

export async function findByEmail(email) {
  return one(`SELECT ${COLUMNS} FROM users WHERE email = $1`, [email]);
}

export async function findByUsername(username) {
  return one(`SELECT ${COLUMNS} FROM users WHERE username = $1`, [username]);
}

export async function create({ username, email, passwordHash }) {
  return one(
    `INSERT INTO users (username, email, password_hash) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
    [username, email, passwordHash],
  );
}

export async function update(id, fields) {
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

export async function isFollowing(followerId, followedId) {
  return Boolean(await one('SELECT 1 FROM follows WHERE follower_id = $1 AND followed_id = $2', [followerId, followedId]));
}

export async function follow(followerId, followedId) {
  await query('INSERT INTO follows (follower_id, followed_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [followerId, followedId]);
}

export async function unfollow(followerId, followedId) {
  await query('DELETE FROM follows WHERE follower_id = $1 AND followed_id = $2', [followerId, followedId]);
}

export async function followedIds(followerId) {
  const rows = await query('SELECT followed_id FROM follows WHERE follower_id = $1', [followerId]);
  return rows.map((row) => row.followed_id);
}
