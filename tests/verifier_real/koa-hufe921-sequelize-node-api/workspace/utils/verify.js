// excerpt of https://github.com/Hufe921/node-api@e4543dbb91ac:utils/verify.js
