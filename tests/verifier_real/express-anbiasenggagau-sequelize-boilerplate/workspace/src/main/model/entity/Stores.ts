// excerpt of https://github.com/anbiasenggagau/Express-Sequelize-Boilerplate@3c5a71755ad6:src/main/model/entity/Stores.ts
import { BelongsTo, Column, DataType, HasMany, Model, Table } from "sequelize-typescript"

import Products from "./Products"

import Users from "./Users"

@Table({
    freezeTableName: true,
    tableName: "Stores",
    createdAt: "CreatedAt",
    updatedAt: "UpdatedAt",
    paranoid: false,
    schema: "public"
})
class Stores extends Model<StoresAttributes | StoresCreationAttributes> implements StoresAttributes {

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
        type: DataType.UUID,
        unique: true,
    })
    UserId!: string

    @Column({
        allowNull: false,
        type: DataType.DATE
    })
    CreatedAt!: Date

    @Column({
        allowNull: false,
        type: DataType.DATE
    })
    UpdatedAt!: Date

    @BelongsTo(() => Users, { foreignKey: "UserId", targetKey: "Id", onDelete: "CASCADE" })
    User!: Users

    @HasMany(() => Products, { foreignKey: "StoreId", sourceKey: "Id", onDelete: "CASCADE" })
    Product!: Products[]
}
