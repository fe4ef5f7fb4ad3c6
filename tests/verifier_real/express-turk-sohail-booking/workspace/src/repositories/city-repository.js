// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/repositories/city-repository.js
const CrudRepository = require("./crud-repository");

const { City } = require("../models");

class cityRepository extends CrudRepository {
	constructor() {
		super(City);
	}
}

module.exports = cityRepository;
