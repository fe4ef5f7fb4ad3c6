// excerpt of pitchayakit/hono-poc@3038a833a45a:src/middleware/requestLogger.js
