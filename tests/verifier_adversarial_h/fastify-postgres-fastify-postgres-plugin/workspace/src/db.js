'use strict';

let pool = null;

function usePool(p) {
  pool = p;
}

function toPositional(sql) {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

async function query(sql, params) {
  if (!pool) throw new Error('postgres pool not registered');
  return pool.query(toPositional(sql), params);
}

const db = {
  get: async (sql, params = []) => (await query(sql, params)).rows[0],
  all: async (sql, params = []) => (await query(sql, params)).rows,
  run: async (sql, params = []) => ({ changes: (await query(sql, params)).rowCount }),
};

module.exports = { db, usePool };
