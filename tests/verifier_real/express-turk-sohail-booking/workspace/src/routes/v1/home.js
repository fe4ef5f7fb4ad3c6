// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/routes/v1/home.js
const router = require("express").Router();

const { homeController } = require("../../controllers");

router.get("/", homeController.home);

module.exports = router;
