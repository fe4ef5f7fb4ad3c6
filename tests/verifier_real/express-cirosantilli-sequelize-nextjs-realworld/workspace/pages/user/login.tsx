// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:pages/user/login.tsx
import LoginPageHoc from 'front/LoginPage'
