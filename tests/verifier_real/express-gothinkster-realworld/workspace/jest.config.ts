// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:jest.config.ts
