// excerpt of yash7xm/Flights_Service@19afed568056:src/repositories/city-repository.js
const CrudRepository = require("./crud-repository");

const { City } = require("../models");

class CityRepository extends CrudRepository {
  constructor() {
    super(City);
  }
}

module.exports = CityRepository;
