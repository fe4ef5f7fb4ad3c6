// excerpt of pitchayakit/hono-poc@3038a833a45a:babel.config.js
