'use strict';
// Central configuration. (MongoDB settings are left over from the first prototype and are unused.)
module.exports = {
  port: Number(process.env.PORT || 3000),
  jwtSecret: process.env.JWT_SECRET,
  mongoUrl: process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/conduit',
};
