// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/Comment.tsx
import React from 'react'

import CustomLink from 'front/CustomLink'

import CustomImage from 'front/CustomImage'

import Maybe from 'front/Maybe'

import DeleteButton from 'front/DeleteButton'

import { formatDate } from 'front/date'

import useLoggedInUser from 'front/useLoggedInUser'

import routes from 'front/routes'
