// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/middlewares/index.js
module.exports = {
	AirplaneMiddleware: require("./airplane-middlewares"),
	CityMiddleware: require("./city-middlewares"),
	AirportMiddleware: require("./airport-middleware"),
	FlightMiddleware: require("./flight-middleware"),
};
