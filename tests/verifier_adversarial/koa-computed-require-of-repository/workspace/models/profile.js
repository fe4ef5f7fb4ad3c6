'use strict';

const toProfile = (user, following = false) => ({ username: user.username, bio: user.bio ?? null, image: user.image ?? null, following });

module.exports = { toProfile };
