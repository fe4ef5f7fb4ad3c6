// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/ArticleMeta.tsx
import React from 'react'

import ArticleActions from 'front/ArticleActions'

import CustomImage from 'front/CustomImage'

import CustomLink from 'front/CustomLink'

import { formatDate } from 'front/date'

import routes from 'front/routes'
