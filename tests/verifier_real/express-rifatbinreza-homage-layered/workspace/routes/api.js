// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:routes/api.js
const express = require("express");

const router = express.Router();

const userRoutes = require("./api/user");

const centreRoutes = require("./api/centre");

const nurseRoutes = require("./api/nurse");

const patientRoutes = require("./api/patient");

const publicRoutes = require("./api/public");

const scheduleRoutes = require("./api/schedule");

const userController = require("../controllers/user");

const schemaValidator = require("../middlewares/schemaValidator");

router.post("/login", schemaValidator.loginUserSchema, userController.login);

router.use("/", publicRoutes);

router.use("/secure/users", userRoutes);

router.use("/secure/centres", centreRoutes);

router.use("/secure/nurses", nurseRoutes);

router.use("/secure/patients", patientRoutes);

router.use("/secure/schedules", scheduleRoutes);

module.exports = router
