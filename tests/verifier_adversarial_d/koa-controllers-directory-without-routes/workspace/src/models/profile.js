module.exports = (user, following) => ({ username: user.username, bio: user.bio || null, image: user.image || null, following: Boolean(following) });
