exports.publicUser = (u, token) => ({ email: u.email, username: u.username, bio: u.bio ?? null, image: u.image ?? null, token });
