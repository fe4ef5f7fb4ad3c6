// excerpt of yash7xm/Flights_Service@19afed568056:src/routes/index.js
const express = require("express");

const v1Routes = require("./v1");

const router = express.Router();

router.use("/v1", v1Routes);

module.exports = router;
