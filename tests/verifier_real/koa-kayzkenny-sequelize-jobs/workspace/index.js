// excerpt of https://github.com/kayzkenny/koa-sequelize@0a9b08b1d2f7:index.js
const Koa = require("koa");

const Router = require("koa-router");

const bodyParser = require("koa-parser");

const _ = require("lodash");

const serve = require("koa-static");

const router = require("./routes");

const db = require("./models");

db.sequelize
  .sync()
  .then(() => console.log("models synced!"))
  .catch((err) => console.log(err));

app.context.db = db;

app.use(bodyParser());

app.use(router.routes());

app.use(serve(__dirname + "/public"));

app.listen(port);
