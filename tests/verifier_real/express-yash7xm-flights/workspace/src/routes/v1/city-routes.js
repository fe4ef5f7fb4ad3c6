// excerpt of yash7xm/Flights_Service@19afed568056:src/routes/v1/city-routes.js
const express = require("express");

const { CityController } = require("../../controllers");

const { CityMiddlewares } = require("../../middlewares");

const router = express.Router();

router.post(
  "/",
  CityMiddlewares.validateCreateRequest,
  CityController.createCity
);

module.exports = router;
