// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/repositories/index.js
module.exports = {
	AirplaneRepository: require("./airplane-repository"),
	CityRepository: require("./city-repository"),
	AirportRepository: require("./airport-repository"),
	FlightRepository: require("./flight-repository"),
};
