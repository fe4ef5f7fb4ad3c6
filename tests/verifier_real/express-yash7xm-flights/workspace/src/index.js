// excerpt of yash7xm/Flights_Service@19afed568056:src/index.js
const express = require("express");

const { ServerConfig, Logger } = require("./config");

const apiRoutes = require("./routes");

app.use(express.json());

app.use(express.urlencoded({ extended: true }));

app.use("/api", apiRoutes);

app.listen(ServerConfig.PORT, async () => {
  console.log(`Successfully started the server on PORT : ${ServerConfig.PORT}`);
});
