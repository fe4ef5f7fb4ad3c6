// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:routes/users.js
const express = require("express");

const router = express.Router();

const {
  createUser,
  loginUser,
  getCurrentUser,
  updateUser,
} = require("../controllers/users");

const { protect } = require("../middlewares/auth");

router.post("/users", createUser);

router.post("/users/login", loginUser);

router.route("/user").get(protect, getCurrentUser).put(protect, updateUser);

module.exports = router;
