// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:routes/web.js
const express = require("express");

const router = express.Router();

const userController = require("../controllers/user");

const centreController = require("../controllers/centre");

const patientController = require("../controllers/patient");

router.get("/login", userController.loginView);

router.get("/dashboard", userController.dashboardView);

router.get("/centres/:id", centreController.centreView);

router.get("/bookings", patientController.bookingView);

module.exports = router
