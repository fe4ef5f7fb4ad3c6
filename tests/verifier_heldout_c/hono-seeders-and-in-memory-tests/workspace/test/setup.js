'use strict';
// Unit tests never talk to PostgreSQL: swap the connection before the models load.
process.env.DATABASE_URL = 'sqlite::memory:';
