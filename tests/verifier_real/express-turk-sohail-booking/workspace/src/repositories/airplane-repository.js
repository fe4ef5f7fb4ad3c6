// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/repositories/airplane-repository.js
const CrudRepository = require("./crud-repository");

const { Airplane } = require("../models");

class AirplaneRepository extends CrudRepository {
	constructor() {
		super(Airplane);
	}
}

module.exports = AirplaneRepository;
