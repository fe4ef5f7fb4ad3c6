const postgres = require('postgres');

const sql = postgres(process.env.DATABASE_URL);

function numbered(text) {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

module.exports = { sql, numbered };
