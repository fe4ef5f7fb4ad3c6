// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:routes/api/schedule.js
const express = require("express");

const router = express.Router();

const scheduleController = require("../../controllers/schedule");

const schemaValidator = require("../../middlewares/schemaValidator");

router.get("/", scheduleController.getAllByCentreId);

router.post("/", scheduleController.create);

module.exports = router;
