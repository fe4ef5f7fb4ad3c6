// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:jest.preset.js
const nxPreset = require('@nx/jest/preset').default;
