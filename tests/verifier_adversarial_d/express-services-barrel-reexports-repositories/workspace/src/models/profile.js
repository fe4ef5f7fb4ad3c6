module.exports = (u, following = false) => ({ username: u.username, bio: u.bio || null, image: u.image || null, following });
