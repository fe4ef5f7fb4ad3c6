// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/services/post.service.js
const postRepository = require("../repositories/post.repository");

module.exports = {
  create(requestBody) {
    return postRepository.create(requestBody);
  },

  update(id, requestBody) {
    return postRepository.update(id, requestBody);
  },

  delete(id) {
    return postRepository.delete(id);
  },

  list() {
    return postRepository.findAll();
  },

  get(id) {
    return postRepository.find(id);
  },
};
