import Database from 'better-sqlite3';

let db = null;

function connection() {
  if (!db) db = new Database(process.env.SQLITE_PATH, { readonly: true, fileMustExist: true });
  return db;
}

export const tagRepository = {
  names() {
    return connection().prepare('SELECT name FROM tags ORDER BY name').pluck().all();
  },
};
