// excerpt of yash7xm/Flights_Service@19afed568056:src/config/index.js
module.exports = {
    ServerConfig : require("./server-config"),
    Logger : require("./logger-config")
}
