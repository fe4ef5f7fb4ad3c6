# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:app/modules/teams/parameters.py
from flask_marshmallow import base_fields

from flask_restplus_patched import PostFormParameters, PatchJSONParameters

from . import schemas

from .models import Team

class CreateTeamParameters(PostFormParameters, schemas.BaseTeamSchema):

    class Meta(schemas.BaseTeamSchema.Meta):
        pass

class PatchTeamDetailsParameters(PatchJSONParameters):
    # pylint: disable=abstract-method,missing-docstring
    OPERATION_CHOICES = (
        PatchJSONParameters.OP_REPLACE,
    )

    PATH_CHOICES = tuple(
        '/%s' % field for field in (
            Team.title.key,
        )
    )

class AddTeamMemberParameters(PostFormParameters):
    user_id = base_fields.Integer(required=True)
    is_leader = base_fields.Boolean(required=False)
