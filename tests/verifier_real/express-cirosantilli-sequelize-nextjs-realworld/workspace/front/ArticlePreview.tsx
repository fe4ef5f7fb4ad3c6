// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/ArticlePreview.tsx
import React from 'react'

import CustomLink from 'front/CustomLink'

import CustomImage from 'front/CustomImage'

import FavoriteArticleButton from 'front/FavoriteArticleButton'

import { formatDate } from 'front/date'

import routes from 'front/routes'
