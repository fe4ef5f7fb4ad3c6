// excerpt of pitchayakit/hono-poc@3038a833a45a:index.js
import './src/index.js';
