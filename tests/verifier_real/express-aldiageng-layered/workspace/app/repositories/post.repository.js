// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/repositories/post.repository.js
const { Post } = require("../models");

module.exports = {
  create(createArgs) {
    return Post.create(createArgs);
  },

  update(id, updateArgs) {
    return Post.update(updateArgs, {
      where: {
        id,
      },
    });
  },

  delete(id) {
    return Post.destroy({
      where: {
        id,
      },
    });
  },

  find(id) {
    return Post.findByPk(id);
  },

  findAll() {
    return Post.findAll();
  },

  getTotalPost() {
    return Post.count();
  },
};
