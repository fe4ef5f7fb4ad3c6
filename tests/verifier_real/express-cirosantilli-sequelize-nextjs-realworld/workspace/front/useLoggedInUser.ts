// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/useLoggedInUser.ts
import useSWR from 'swr'

import { AUTH_COOKIE_NAME, AUTH_LOCAL_STORAGE_NAME, getCookie } from 'front'

import checkLogin from 'front/checkLogin'

import storage from 'front/localStorageHelper'
