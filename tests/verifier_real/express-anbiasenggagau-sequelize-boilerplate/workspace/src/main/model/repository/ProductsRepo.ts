// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/model/repository/ProductsRepo.ts
import Products, { ProductsAttributes, ProductsCreationAttributes } from "../entity/Products";

import BaseRepository from "./.BaseRepository";

class ProductsRepo extends BaseRepository<Products, ProductsAttributes, ProductsCreationAttributes> {

}
