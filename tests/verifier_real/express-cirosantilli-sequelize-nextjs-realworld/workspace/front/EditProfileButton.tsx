// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/EditProfileButton.tsx
import React from 'react'

import CustomLink from 'front/CustomLink'

import Maybe from 'front/Maybe'

import routes from 'front/routes'
