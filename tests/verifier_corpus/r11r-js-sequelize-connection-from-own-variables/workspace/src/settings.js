module.exports = {
  DB_CONNECTION: process.env.DB_CONNECTION || 'postgres',
  DB_HOST: process.env.DB_HOST || '127.0.0.1',
  DB_PORT: Number(process.env.DB_PORT || 5432),
  DB_NAME: process.env.DB_NAME || 'conduit',
  DB_USER: process.env.DB_USER || 'conduit',
  DB_PASSWORD: process.env.DB_PASSWORD || '',
};
