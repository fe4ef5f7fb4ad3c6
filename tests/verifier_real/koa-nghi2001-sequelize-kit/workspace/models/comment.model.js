// excerpt of https://github.com/nghi2001/Koa-Sequelize-Kit@c54f963ac38f:models/comment.model.js
module.exports = (sequelize, Type) => {
    const Comment = sequelize.define('Comment', {
        content: {
            type: Type.STRING
        }
    })

    return Comment
}
