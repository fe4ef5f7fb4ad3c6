// excerpt of https://github.com/francososaa/Estacionamiento@d3fd5295596a:src/utils/logger.js
const { createLogger, format, transports, addColors } = require("winston");

const logger = createLogger({
  
  format: format.combine(
    format.simple(),
    format.colorize(),
    format.timestamp({format: "YYYY-MM-DD HH:mm:ss"}),
    format.printf(info => `[${info.timestamp}] ${info.level} ${info.message}`)
  ),
  transports: [
    new transports.Console({
      level: "debug"
    }),
    new transports.File({ 
        level: "info",
        filename: "./logs/SystemOut.log",
        handleExceptions: true,
        maxsize: 5120000,
        maxFiles: 5,
    }),
  ],
  exceptionHandlers: [
    new transports.File({ filename: "./logs/exceptions-api.log" })
  ]

});
