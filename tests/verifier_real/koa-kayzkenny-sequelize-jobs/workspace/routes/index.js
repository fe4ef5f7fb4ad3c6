// excerpt of https://github.com/kayzkenny/koa-sequelize@0a9b08b1d2f7:routes/index.js
const Router = require("koa-router");

const router = new Router();

const {
  CompanyController,
  JobController,
  ApplicationController,
  UserController,
} = require("../controllers");

const isAuthenticated = require("../policies/isAuthenticated");

router.post("/companies", isAuthenticated, CompanyController.create);

router.get("/companies", isAuthenticated, CompanyController.find);

router.get("/companies/:id", isAuthenticated, CompanyController.findOne);

router.del("/companies/:id", isAuthenticated, CompanyController.destroy);

router.put("/companies/:id", isAuthenticated, CompanyController.update);

router.post("/jobs", isAuthenticated, JobController.create);

router.get("/jobs", isAuthenticated, JobController.find);

router.post("/applications", isAuthenticated, ApplicationController.create);

router.post("/signup", UserController.signup);

router.post("/login", UserController.login);

module.exports = router;
