// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/routes/auth/token.utils.ts
import * as jwt from 'jsonwebtoken';

const generateToken = (id: number): string =>
  jwt.sign({ user: { id } }, process.env.JWT_SECRET || 'superSecret', {
    expiresIn: '60d',
  });
