let handle = null;

export function attach(database) {
  handle = database;
}

function connection() {
  if (!handle) throw new Error('database not initialised; register the sqlite plugin first');
  return handle;
}

export const db = {
  get: (sql, params = []) => connection().prepare(sql).get(...params),
  all: (sql, params = []) => connection().prepare(sql).all(...params),
  run: (sql, params = []) => connection().prepare(sql).run(...params),
};
