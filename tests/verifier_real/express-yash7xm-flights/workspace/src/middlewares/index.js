// excerpt of yash7xm/Flights_Service@19afed568056:src/middlewares/index.js
module.exports = {
  AirplaneMiddlewares: require("./airplane-middlewares"),
  CityMiddlewares: require("./city-middlewares"),
  AirportMiddlewares: require("./airport-middlewares"),
  FlightMiddlewares: require("./flight-middlewares"),
};
