import Database from 'better-sqlite3';

// DISTINCT over a big table is much faster without ORM hydration
const db = new Database(process.env.SQLITE_PATH, { readonly: true });

export function distinctTags() {
  return db.prepare('SELECT DISTINCT name FROM tags ORDER BY name').all().map((r) => r.name);
}
