// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/routes/article/article.mapper.ts
import authorMapper from './author.mapper';
