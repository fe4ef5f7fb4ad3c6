// excerpt of https://github.com/RifatBinReza/Homage@b36fd74a419e:app.js
require("dotenv").config();

const chalk = require("chalk");

const colors = require("colors");

const cors = require("cors");

const express = require("express");

const errorHandler = require("errorhandler");

const { sequelize } = require("./models");

const { seedDB } = require("./seeders");

const apiRoutes = require("./routes/api");

const webRoutes = require("./routes/web");

const setupLogger = require("./libs/logger");

const { verifyToken } = require("./middlewares/authentication");

app.set("host", process.env.OPENSHIFT_NODEJS_IP || "0.0.0.0");

app.set("port", process.env.PORT || process.env.OPENSHIFT_NODEJS_PORT || 3000);

app.use(cors());

app.options("*", cors());

app.use(express.json());

app.use(
  express.urlencoded({
    extended: true,
  })
);

app.all("/api/secure/*", (req, res, next) => verifyToken(req, res, next));

app.use("/api", apiRoutes);

app.use("/", webRoutes);

app.set("views", __dirname + "/views");

app.set("view engine", "ejs");

app.get("*", (req, res) => {
  res.status(404).json({
    status: "error",
    message: "Route not found",
  });
});

if (process.env.NODE_ENV === "development") {
  // only use in development
  app.use(errorHandler());
} else {
  app.use((err, req, res, next) => {
    console.error(err);
    res.status(500).send("Server Error");
  });
}

sequelize.sync({force: false}).then(() => {

  // Seed the database first
  seedDB();

  let server = app.listen(app.get("port"), () => {
    console.log(
      "%s App is running at %s:%d in %s mode",
      chalk.green("✓"),
      app.get("host"),
      app.get("port"),
      app.get("env")
    );
    console.log("  Press CTRL-C to stop\n");
  });
});
