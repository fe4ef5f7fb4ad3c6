// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/model/entity/Products.ts
import { BelongsTo, Column, DataType, Model, Table } from "sequelize-typescript"

import Stores from "./Stores"

@Table({
    freezeTableName: true,
    tableName: "Products",
    createdAt: "CreatedAt",
    updatedAt: "UpdatedAt",
    paranoid: false,
    schema: "public"
})
class Products extends Model<ProductsAttributes | ProductsCreationAttributes> implements ProductsAttributes {
    @Column({
        allowNull: false,
        type: DataType.UUID,
        defaultValue: DataType.UUIDV4,
        primaryKey: true
    })
    Id!: string

    @Column({
        allowNull: false,
        type: DataType.STRING
    })
    Name!: string

    @Column({
        allowNull: false,
        type: DataType.INTEGER
    })
    Price!: number

    @Column({
        allowNull: false,
        type: DataType.STRING
    })
    Currency!: string

    @Column({
        allowNull: false,
        type: DataType.UUID,
    })
    StoreId!: string

    @Column({
        allowNull: false,
        type: DataType.UUID,
    })
    CreatedBy!: string

    @Column({
        allowNull: false,
        type: DataType.DATE
    })
    CreatedAt!: Date

    @Column({
        allowNull: false,
        type: DataType.UUID,
    })
    UpdatedBy!: string

    @Column({
        allowNull: false,
        type: DataType.DATE
    })
    UpdatedAt!: Date

    @BelongsTo(() => Stores, { foreignKey: "StoreId", targetKey: "Id", onDelete: "CASCADE" })
    Store!: Stores
}
