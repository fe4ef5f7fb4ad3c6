// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:index.js
const express = require("express");

const apiRoutes = require("./src/routes");

const { logger } = require("./src/config");

const { errorHandler } = require("./src/utils");

const { Airport, City } = require("./src/models");

const { serverConfig } = require("./src/config");

app.use(express.json());

app.use("/api", apiRoutes);

app.use(errorHandler);

app.listen(PORT, () => {
	logger.info(`successfully running on port ${PORT}`, "root", {});
});
