// excerpt of fernandowobeto/nodejs-express-api-boilerplate@5ba4728e3c58:repositories/CityRepository.js
const CityModel = require('../models/City');

class CityRepository {

    async getCities(){
        return await CityModel.findAll();
    }

}

module.exports = CityRepository;
