// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:models/author.js
const { Model } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
    class Author extends Model {}

    Author.init(
        {
            firstName: DataTypes.STRING,
            lastName: DataTypes.STRING,
        },
        {
            sequelize,
            modelName: 'Author',
        },
    );

    Author.associate = function (models) {
        Author.hasMany(models.Todo, {
            foreignKey: {
                name: 'authorId',
            },
            as: 'todos',
            onDelete: 'CASCADE',
            hooks: true,
        });
    };

    return Author;
};
