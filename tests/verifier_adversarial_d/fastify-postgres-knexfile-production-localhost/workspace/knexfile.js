module.exports = {
  development: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    migrations: { directory: './migrations' },
  },
  production: {
    client: 'pg',
    connection: { host: '127.0.0.1', port: 5432, user: 'conduit', password: 'conduit', database: 'conduit' },
    pool: { min: 2, max: 10 },
    migrations: { directory: './migrations' },
  },
};
