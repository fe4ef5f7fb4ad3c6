// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/model/repository/CustomersRepo.ts
import { WhereOptions } from "sequelize";

import Customers, { CustomersAttributes, CustomersCreationAttributes } from "../entity/Customers";

import BaseRepository from "./.BaseRepository";

class CustomersRepo extends BaseRepository<Customers, CustomersAttributes, CustomersCreationAttributes> {
    async findOrCreate(whereQuery: WhereOptions<CustomersAttributes>, valueCreation: CustomersCreationAttributes) {
        return await Customers.findOrCreate({
            where: { ...whereQuery },
            defaults: { ...valueCreation },
            limit: 1,
        })
    }
}
