const fs = require('fs');

function save(follows) {
  fs.writeFileSync('follows.json', JSON.stringify(follows));
}

module.exports = { save };
