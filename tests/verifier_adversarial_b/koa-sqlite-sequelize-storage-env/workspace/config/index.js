module.exports = {
  port: Number(process.env.PORT) || 3000,
  jwtSecret: process.env.JWT_SECRET || 'conduit-dev',
  db: {
    dialect: 'sqlite',
    storage: process.env.SQLITE_PATH,
    logging: process.env.SQL_LOG === '1' ? console.log : false,
  },
};
