// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/config/server-config.js
const dotenv = require("dotenv");

module.exports = {
  PORT: process.env.PORT,
};
