module.exports = {
  production: { dialect: 'sqlite', storage: process.env.SQLITE_PATH },
};
