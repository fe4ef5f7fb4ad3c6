// excerpt of yash7xm/Flights_Service@19afed568056:src/routes/v1/index.js
const express = require("express");

const router = express.Router();

const { InfoController } = require("../../controllers");

const airplnaeRoutes = require("./airplane-routes");

const cityRoutes = require("./city-routes");

const airportRoutes = require("./airport-routes");

const flightRoutes = require("./flight-routes");

router.use("/airplanes", airplnaeRoutes);

router.use("/cities", cityRoutes);

router.use("/airports", airportRoutes);

router.use("/flights", flightRoutes);

router.get("/info", InfoController.info);

module.exports = router;
