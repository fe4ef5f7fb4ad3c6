// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/controllers/authentications/index.js
export { confirmEmail } from './confirmEmail.controller';

export { forgotPassword } from './forgotPassword.controller';

export { login } from './login.controller';

export { registerUser } from './registerUser.controller';

export { resetPassword } from './resetPassword.controller';
