// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/model/repository/StoresRepo.ts
import { WhereOptions } from "sequelize";

import Stores, { StoresAttributes, StoresCreationAttributes } from "../entity/Stores";

import BaseRepository from "./.BaseRepository";

import Products from "../entity/Products";

class StoresRepo extends BaseRepository<Stores, StoresAttributes, StoresCreationAttributes> {
    async findOrCreate(whereQuery: WhereOptions<StoresAttributes>, valueCreation: StoresCreationAttributes) {
        return await Stores.findOrCreate({
            where: { ...whereQuery },
            defaults: { ...valueCreation }
        })
    }

    async getProductsFromAllStores() {
        return await Stores.findAll({
            where: {},
            include: [
                { model: Products, required: false }
            ]
        })
    }
}
