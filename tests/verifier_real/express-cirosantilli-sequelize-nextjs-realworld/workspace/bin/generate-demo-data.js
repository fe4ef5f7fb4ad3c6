// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:bin/generate-demo-data.js
const assert = require('assert')

const path = require('path')

const config = require('../front/config')

function myParseInt(value) {
  const parsedValue = parseInt(value)
  if (isNaN(parsedValue)) {
    throw new commander.InvalidOptionArgumentError('Not a number.')
  }
  return parsedValue
}

const commander = require('commander')

(async () => {
  const test_lib = require('../test_lib')
  const sequelize = await test_lib.generateDemoData({
    directory: path.dirname(__dirname),
    empty: commander.empty,
    nArticlesPerUser: commander.nArticlesPerUser,
    nMaxCommentsPerArticle: commander.nMaxCommentsPerArticle,
    nMaxTagsPerArticle: commander.nMaxTagsPerArticle,
    nFavoritesPerUser: commander.nFavoritesPerUser,
    nFollowsPerUser: commander.nFollowsPerUser,
    nRags: commander.nTags,
    nUsers: commander.nUsers,
    verbose: true,
  })
  await sequelize.close()
})()
