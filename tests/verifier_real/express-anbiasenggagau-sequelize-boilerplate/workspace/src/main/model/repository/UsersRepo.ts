// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/model/repository/UsersRepo.ts
import Users, { UsersAttributes, UsersCreationAttributes } from "../entity/Users";

import BaseRepository from "./.BaseRepository";

class UsersRepo extends BaseRepository<Users, UsersAttributes, UsersCreationAttributes> {

}
