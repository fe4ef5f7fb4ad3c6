'use strict';
module.exports = async function profileRoutes(app, { profiles }) {
  app.post('/profiles/:username/follow', async (req) => ({ profile: await profiles.follow(req.user?.username, req.params.username) }));
};
