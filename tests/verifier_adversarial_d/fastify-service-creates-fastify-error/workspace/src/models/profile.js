'use strict';
exports.toProfile = (user, following) => ({ username: user.username, bio: user.bio ?? null, image: user.image ?? null, following });
