'use strict';
// Read-only pool for cheap aggregate queries; configured entirely from the standard PG* variables.
const { Pool } = require('pg');

const pool = new Pool({ max: 4, idleTimeoutMillis: 10000 });

module.exports = { pool };
