// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:routes/api/centre.js
const express = require("express");

const router = express.Router();

const centreController = require("../../controllers/centre");

const scheduleController = require("../../controllers/schedule");

const schemaValidator = require("../../middlewares/schemaValidator");

router.get("/", centreController.getAll);

router.get("/:id/schedules", scheduleController.getAllByCentreId);

router.post("/", centreController.create);

module.exports = router;
