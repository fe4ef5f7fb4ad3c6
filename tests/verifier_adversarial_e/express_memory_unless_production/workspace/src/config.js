const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  port: parseInt(process.env.PORT || '3000', 10),
  jwtSecret: process.env.JWT_SECRET || 'dev-secret',
  dbFile: isProd ? process.env.SQLITE_PATH : ':memory:',
};
