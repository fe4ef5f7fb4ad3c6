// excerpt of yash7xm/Flights_Service@19afed568056:src/repositories/airport-repository.js
const CrudRepository = require("./crud-repository");

const { Airport } = require("../models");

class AirportRepository extends CrudRepository {
  constructor() {
    super(Airport);
  }
}

module.exports = AirportRepository;
