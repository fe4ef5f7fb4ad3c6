# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/users/selectors.py
from typing import Optional

from django.db.models.query import QuerySet

from styleguide_example.common.utils import get_object

from styleguide_example.users.filters import BaseUserFilter

from styleguide_example.users.models import BaseUser

def user_list(*, filters=None) -> QuerySet[BaseUser]:
    filters = filters or {}

    qs = BaseUser.objects.all()

    return BaseUserFilter(filters, qs).qs
