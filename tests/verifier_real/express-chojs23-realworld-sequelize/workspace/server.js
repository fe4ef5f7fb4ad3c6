// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:server.js
const express = require("express");

const sequelize = require("./util/database");

const dotenv = require("dotenv");

const morgan = require("morgan");

const colors = require("colors");

const { errorHandler } = require("./middlewares/errorHandler");

const User = require("./models/User");

const Article = require("./models/Article");

const Tag = require("./models/Tag");

const Comment = require("./models/Comment");

app.use(express.json());

if (process.env.NODE_ENV === "development") {
  app.use(morgan("dev"));
}

app.use((req, res, next) => {
  res.header("Access-Control-Allow-Origin", "*");
  res.header(
    "Access-Control-Allow-Headers",
    "Origin, X-Requested-With, Content-Type, Accept, Authorization"
  );
  if (req.method === "OPTIONS") {
    res.header("Access-Control-Allow-Methods", "PUT, POST, PATCH, DELETE, GET");
    return res.status(200).json({});
  }
  next();
});

const users = require("./routes/users");

const profiles = require("./routes/profiles");

const articles = require("./routes/articles");

const comments = require("./routes/comments");

const tags = require("./routes/tags");

app.use(users);

app.use(profiles);

app.use(articles);

app.use(comments);

app.use(tags);

const PORT = process.env.PORT || 8080;

app.use(errorHandler);

const sync = async () => await sequelize.sync({ force: true });

const server = app.listen(
  PORT,
  console.log(
    `Server running in ${process.env.NODE_ENV} mode on port ${PORT}`.yellow.bold
  )
);
