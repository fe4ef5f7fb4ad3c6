// excerpt of yash7xm/Flights_Service@19afed568056:src/routes/v1/flight-routes.js
const express = require("express");

const { FlightController } = require("../../controllers");

const { FlightMiddlewares } = require("../../middlewares");

const router = express.Router();

router.post(
  "/",
  FlightMiddlewares.validateCreateRequest,
  FlightController.createFlight
);

router.get("/", FlightController.getAllFlights);

router.get("/:id", FlightController.getFlight);

router.patch(
  "/:id/seats",
  FlightMiddlewares.validateUpdateSeatsRequest,
  FlightController.updateSeats
);

module.exports = router;
