// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/routes/auth/register-input.model.ts
