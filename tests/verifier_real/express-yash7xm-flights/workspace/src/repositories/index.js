// excerpt of yash7xm/Flights_Service@19afed568056:src/repositories/index.js
module.exports = {
  AirplaneRepository: require("./airplane-repository"),
  CityRepository: require("./city-repository"),
  AirportRepository: require("./airport-repository"),
  FlightRepository: require("./flights-repository"),
};
