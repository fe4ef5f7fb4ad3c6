// excerpt of yash7xm/Flights_Service@19afed568056:src/config/server-config.js
require("dotenv").config();

const PORT = process.env.PORT;
