// excerpt of pitchayakit/hono-poc@3038a833a45a:src/index.js
import { Hono } from 'hono'

import { serve } from '@hono/node-server'

import { cors } from 'hono/cors'

import postRoutes from './routes/posts.js'

import { errorHandler } from './middleware/errorHandler.js'

import { requestLogger } from './middleware/requestLogger.js'

app.use('*', errorHandler)

app.use('*', requestLogger)

app.use('*', cors())

app.get('/', (c) => {
  return c.json({
    message: 'Welcome to Hono API',
    version: '1.0.0',
    endpoints: {
      posts: '/api/posts'
    }
  })
})

app.route('/api/posts', postRoutes)

app.notFound((c) => {
  return c.json({ error: 'Not Found', message: 'The requested resource does not exist' }, 404)
})

const port = process.env.PORT || 3000

serve({
  fetch: app.fetch,
  port: parseInt(port)
})
