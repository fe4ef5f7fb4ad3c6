const { PGlite } = require('@electric-sql/pglite');
module.exports = new PGlite();
