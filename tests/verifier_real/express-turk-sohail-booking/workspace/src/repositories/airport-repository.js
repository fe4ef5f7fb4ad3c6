// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/repositories/airport-repository.js
const CrudRepository = require("./crud-repository");

const { Airport } = require("../models");

class AirportRepository extends CrudRepository {
	constructor() {
		super(Airport);
	}
}

module.exports = AirportRepository;
