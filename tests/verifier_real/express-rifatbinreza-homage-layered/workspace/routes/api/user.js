// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:routes/api/user.js
const express = require("express");

const router = express.Router();

const userController = require("../../controllers/user");

const schemaValidator = require("../../middlewares/schemaValidator");

module.exports = router;
