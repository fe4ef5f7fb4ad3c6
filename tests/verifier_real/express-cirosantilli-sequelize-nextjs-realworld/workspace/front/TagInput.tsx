// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:front/TagInput.tsx
import { isDemo } from 'front/config'

import React from 'react'
