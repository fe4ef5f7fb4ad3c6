// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:pages/profile/[pid]/favorites.tsx
import { getStaticPathsProfile, getStaticPropsProfile } from 'back/ProfilePage'

import ProfileHoc from 'front/ProfilePage'
