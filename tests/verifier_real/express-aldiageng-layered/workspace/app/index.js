// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/index.js
const express = require("express");

const morgan = require("morgan");

const router = require("../config/routes/routes.main");

app.use(express.urlencoded({ extended: true }));

app.use(morgan("dev"));

app.use(express.json());

app.use(router);
