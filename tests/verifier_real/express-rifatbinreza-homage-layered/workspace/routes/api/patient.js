// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:routes/api/patient.js
const express = require("express");

const router = express.Router();

const patientController = require("../../controllers/patient");

const schemaValidator = require("../../middlewares/schemaValidator");

router.get("/", patientController.getAll);

router.post("/", patientController.create);

router.post("/verify", patientController.verify);

module.exports = router;
