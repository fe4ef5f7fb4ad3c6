// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/controllers/PostController.js
import { getPosts, getPost, createPost, createPosts, deleteById } from 'repos/PostRepo'
