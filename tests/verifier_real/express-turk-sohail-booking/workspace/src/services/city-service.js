// excerpt of https://github.com/turk-sohail/booking-app@0e43f8023e97:src/services/city-service.js
const { StatusCodes } = require("http-status-codes");

const { CityRepository } = require("../repositories");

const AppError = require("../utils/errors/app-error.js");

const cityRepository = new CityRepository();

async function createCity(data) {
	try {
		const city = await cityRepository.create(data);
		return city;
	} catch (error) {
		throw new AppError("Cannot create city", StatusCodes.INTERNAL_SERVER_ERROR);
	}
}

async function deleteCity(data) {
	try {
		const city = await cityRepository.delete(data);
		return city;
	} catch (error) {
		throw new AppError("Cannot create city", StatusCodes.INTERNAL_SERVER_ERROR);
	}
}
