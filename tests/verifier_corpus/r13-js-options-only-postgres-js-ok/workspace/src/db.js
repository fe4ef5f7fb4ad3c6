const postgres = require('postgres');

const sql = postgres({ max: 10, idle_timeout: 20 });

module.exports = { sql };
