// excerpt of yash7xm/Flights_Service@19afed568056:src/controllers/info-controller.js
const { StatusCodes } = require("http-status-codes");
