// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:routes/api/nurse.js
const express = require("express");

const router = express.Router();

const nurseController = require("../../controllers/nurse");

const schemaValidator = require("../../middlewares/schemaValidator");

router.get("/", nurseController.getAll);

router.post("/", nurseController.create);

module.exports = router;
