// excerpt of yash7xm/Flights_Service@19afed568056:src/routes/v1/airplane-routes.js
const express = require("express");

const { AirplaneController } = require("../../controllers");

const { AirplaneMiddlewares } = require("../../middlewares");

const router = express.Router();

router.post(
  "/",
  AirplaneMiddlewares.validateCreateRequest,
  AirplaneController.createAirplane
);

router.get("/", AirplaneController.getAirplanes);

router.get("/:id", AirplaneController.getAirplane);

router.delete("/:id", AirplaneController.destroyAirplane);

router.patch("/:id", AirplaneController.updateAirplane);

module.exports = router;
