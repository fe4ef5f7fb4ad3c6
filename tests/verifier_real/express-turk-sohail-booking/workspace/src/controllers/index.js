// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/controllers/index.js
module.exports = {
	homeController: require("./homeController"),
	infoController: require("./infoController"),
	airplanecontroller: require("./airplane-controller"),
	cityController: require("./city-controller"),
	airportController: require("./airport-controller"),
	flightController: require("./flight-controller"),
};
