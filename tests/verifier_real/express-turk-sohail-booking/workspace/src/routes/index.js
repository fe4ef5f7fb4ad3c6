// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/routes/index.js
const router = require("express").Router();

const v1Routes = require("./v1");

router.use("/v1", v1Routes);

module.exports = router;
