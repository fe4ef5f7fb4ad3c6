// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/main/middlewares/cors.js
