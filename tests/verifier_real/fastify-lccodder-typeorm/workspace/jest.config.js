// excerpt of LCcodder/fastify-typescript-boilerplate@1c655a9ebeaa:jest.config.js
