require('dotenv').config({ override: true });

module.exports = {
  sqlitePath: process.env.SQLITE_PATH,
  jwtSecret: process.env.JWT_SECRET,
  port: Number(process.env.PORT) || 3000,
};
