// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/routes/v1/airplane-routes.js
const { airplanecontroller } = require("../../controllers");

const { AirplaneMiddleware } = require("../../middlewares");

const router = require("express").Router();

router.post(
	"/",
	AirplaneMiddleware.validateCreateRequest,
	airplanecontroller.createAirplane
);

router.get("/", airplanecontroller.getAirplanes);

router.get("/:id", airplanecontroller.getAirplane);

router.delete("/:id", airplanecontroller.deleteAirplane);

router.patch("/:id", airplanecontroller.updateAirplane);

module.exports = router;
