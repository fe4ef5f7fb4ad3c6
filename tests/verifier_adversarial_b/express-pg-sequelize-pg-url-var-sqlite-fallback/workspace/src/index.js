const express = require('express');
const { sequelize, User } = require('./models');

const app = express();
app.use(express.json());
app.post('/api/users', async (req, res) => {
  const user = await User.create(req.body.user);
  res.status(201).json({ user: { username: user.username, email: user.email } });
});

sequelize.sync().then(() => app.listen(process.env.PORT || 3000));
