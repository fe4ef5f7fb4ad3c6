// schema lives in prisma/schema.prisma
module.exports = {};
