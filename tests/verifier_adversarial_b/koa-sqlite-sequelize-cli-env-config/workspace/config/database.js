const base = { dialect: 'sqlite', storage: process.env.SQLITE_PATH, logging: false };

module.exports = { development: base, test: base, production: base };
