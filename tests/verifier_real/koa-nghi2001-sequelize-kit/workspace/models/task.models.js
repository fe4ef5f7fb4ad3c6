// excerpt of https://github.com/nghi2001/Koa-Sequelize-Kit@c54f963ac38f:models/task.models.js
module.exports = (sequelize, Type) => {
    const Task = sequelize.define('Task', {
        name: {
            type: Type.STRING,
            allowNull: false
        },
        body: {
            type: Type.STRING,
            allowNull: false
        }
        ,
        state: {
            type: Type.STRING,
            allowNull: false,
            defaultValue: "TODO"
        }
    })

    return Task
}
