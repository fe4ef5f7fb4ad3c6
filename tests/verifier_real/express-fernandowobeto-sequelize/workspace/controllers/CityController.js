// excerpt of fernandowobeto/nodejs-express-api-boilerplate@5ba4728e3c58:controllers/CityController.js
const CityModel = require('../models/City');

class CityController {

    async city(request, response){
        const city = await CityModel.findByPk(request.params.id);

        response.json(city);
    }

    async cities(request, response){
        const cities = await CityModel.findAll();

        response.json(cities);
    }

    async create(request, response){
        const city = await CityModel.create({
            name: request.body.name
        });

        response.json(city);
    }

}
