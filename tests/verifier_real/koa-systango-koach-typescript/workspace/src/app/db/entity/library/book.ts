// excerpt of https://github.com/SystangoTechnologies/koach-typescript@fdd2e28ad82d:src/app/db/entity/library/book.ts
import {
    Sequelize,
    DataTypes,
    IntegerDataType
} from 'sequelize';

export default (sequelize: Sequelize, DataTypes) => {
    var Book = sequelize.define('Book', {
        name: {
            type: DataTypes.STRING,
            allowNull: false
        },
        author_name: {
            type: DataTypes.STRING,
            allowNull: false
        },
        category: {
            type: DataTypes.STRING,
            allowNull: false
        },
        price: {
            type: DataTypes.FLOAT,
            allowNull: false
        },
        total_page: {
            type: DataTypes.INTEGER,
            allowNull: false
        }
    })

    return Book
};
