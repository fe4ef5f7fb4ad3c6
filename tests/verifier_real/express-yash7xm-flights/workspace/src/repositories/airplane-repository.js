// excerpt of yash7xm/Flights_Service@19afed568056:src/repositories/airplane-repository.js
const CrudRepository = require("./crud-repository");

const { Airplane } = require("../models");

class AriplaneRepository extends CrudRepository {
  constructor() {
    super(Airplane);
  }
}

module.exports = AriplaneRepository;
