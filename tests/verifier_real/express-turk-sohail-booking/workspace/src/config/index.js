// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/config/index.js
module.exports = {
  serverConfig: require("./server-config"),
  logger: require("./logger-config"),
};
