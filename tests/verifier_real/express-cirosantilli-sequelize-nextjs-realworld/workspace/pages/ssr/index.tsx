// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:pages/ssr/index.tsx
import IndexPage from 'front/IndexPage'

import { getServerSidePropsHoc } from 'back/IndexPage'
