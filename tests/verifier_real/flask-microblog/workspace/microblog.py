# excerpt of miguelgrinberg/microblog@a975ef648643:microblog.py
import sqlalchemy as sa

import sqlalchemy.orm as so

from app import create_app, db

from app.models import User, Post, Message, Notification, Task

def make_shell_context():
    return {'sa': sa, 'so': so, 'db': db, 'User': User, 'Post': Post,
            'Message': Message, 'Notification': Notification, 'Task': Task}
