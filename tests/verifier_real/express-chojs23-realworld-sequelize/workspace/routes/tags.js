// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:routes/tags.js
const express = require("express");

const router = express.Router();

const { getTags } = require("../controllers/tags");

const { protect } = require("../middlewares/auth");

router.route("/tags/").get(getTags);

module.exports = router;
