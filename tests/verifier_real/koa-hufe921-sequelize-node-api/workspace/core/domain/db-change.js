// excerpt of https://github.com/Hufe921/node-api@e4543dbb91ac:core/domain/db-change.js
const model = require('../models/index');

model.syncDB().then(() => {
    console.log('sync done,db inited');
    process.exit(0);
}).catch((e) => {
    console.log(`failed:${e}`);
    process.exit(0);
});
