const { Pool } = require('pg');
const { newDb } = require('pg-mem');

function createPool() {
  if (process.env.USE_REAL_PG === '1') {
    return new Pool({ connectionString: process.env.DATABASE_URL });
  }
  // zero-setup default: an in-process postgres emulation
  const mem = newDb();
  const { Pool: MemPool } = mem.adapters.createPg();
  return new MemPool();
}

module.exports = createPool();
