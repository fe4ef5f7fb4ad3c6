// excerpt of yash7xm/Flights_Service@19afed568056:src/services/index.js
module.exports = {
  AirplaneService: require("./airplane-service"),
  CityService: require("./city-service"),
  AirportService: require("./airport-service"),
  FlightService: require("./flight-service"),
};
