// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:jest.config.js
module.exports = {
  coverageDirectory: 'coverage',
  testEnvironment: 'node',
  collectCoverageFrom: ['**/src/**/*.js', '!**/src/main/**'],
  preset: '@shelf/jest-mongodb'
}
