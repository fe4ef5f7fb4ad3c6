// excerpt of yash7xm/Flights_Service@19afed568056:src/controllers/index.js
module.exports = {
  InfoController: require("./info-controller"),
  AirplaneController: require("./airplane-controller"),
  CityController: require("./city-controller"),
  AirportController: require("./airport-controller"),
  FlightController: require("./flight-controller"),
};
