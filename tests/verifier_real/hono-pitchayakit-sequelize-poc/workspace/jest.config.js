// excerpt of pitchayakit/hono-poc@3038a833a45a:jest.config.js
