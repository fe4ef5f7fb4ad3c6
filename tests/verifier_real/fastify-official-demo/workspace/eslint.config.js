// excerpt of fastify/demo@1f50cc1dc6c2:eslint.config.js
import neo from 'neostandard'
