# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:app/modules/teams/__init__.py
from app.extensions.api import api_v1

def init_app(app, **kwargs):
    # pylint: disable=unused-argument,unused-import
    """
    Init teams module.
    """
    api_v1.add_oauth_scope('teams:read', "Provide access to team details")
    api_v1.add_oauth_scope('teams:write', "Provide write access to team details")

    # Touch underlying modules
    from . import models, resources

    api_v1.add_namespace(resources.api)
