// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/routes/v1/city-routes.js
const router = require("express").Router();

const { cityController } = require("../../controllers");

const { CityMiddleware } = require("../../middlewares");

router.post(
	"/",
	CityMiddleware.validateCreateRequest,
	cityController.createCity
);

router.delete("/", cityController.deleteCity);

module.exports = router;
