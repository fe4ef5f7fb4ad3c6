module.exports = {
  development: {
    client: 'better-sqlite3',
    connection: { filename: './dev.sqlite3' },
    useNullAsDefault: true,
    migrations: { directory: './migrations' },
  },
  production: {
    client: 'better-sqlite3',
    connection: { filename: process.env.SQLITE_PATH },
    useNullAsDefault: true,
    migrations: { directory: './migrations' },
  },
};
