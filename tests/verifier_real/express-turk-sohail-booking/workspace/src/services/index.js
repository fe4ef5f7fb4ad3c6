// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/services/index.js
module.exports = {
	airplaneService: require("./airplane-service"),
	cityService: require("./city-service"),
	airportService: require("./airport-service"),
	flightService: require("./flight-service"),
};
