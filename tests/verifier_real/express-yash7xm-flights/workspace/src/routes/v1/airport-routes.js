// excerpt of yash7xm/Flights_Service@19afed568056:src/routes/v1/airport-routes.js
const express = require("express");

const { AirportController } = require("../../controllers");

const { AirportMiddlewares } = require("../../middlewares");

const router = express.Router();

router.post(
  "/",
  AirportMiddlewares.validateCreateRequest,
  AirportController.createAirport
);

router.get("/", AirportController.getAirports);

router.get("/:id", AirportController.getAirport);

router.delete("/:id", AirportController.destroyAirport);

router.patch("/:id", AirportController.updateAirport);

module.exports = router;
