// excerpt of https://github.com/francososaa/Estacionamiento@d3fd5295596a:src/services/user.service.js
const userRepository = require('../repository/user.repository');

class userService {
    
    constructor() {};
    
    async create(user){
        return await userRepository.create(user);
    };

    async findOne(email){
        return await userRepository.findOne(email);
    };

    async findByPk(userId){
        return await userRepository.findById(userId);
    };

    async findByUuid(uid){
        return await userRepository.findByUuid(uid);
    };
}

module.exports = new userService();
