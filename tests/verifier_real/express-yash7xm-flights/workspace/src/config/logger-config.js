// excerpt of yash7xm/Flights_Service@19afed568056:src/config/logger-config.js
const { createLogger, format, transports } = require("winston");
