// excerpt of https://github.com/Hufe921/node-api@e4543dbb91ac:config/config.static.js
const path = require('path');

const mime = require('mime');

const fs = require('mz/fs');
