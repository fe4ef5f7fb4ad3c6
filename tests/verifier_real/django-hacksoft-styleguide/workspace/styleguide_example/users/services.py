# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/users/services.py
from typing import List, Optional

from django.db import transaction

from styleguide_example.common.services import model_update

from styleguide_example.users.models import BaseUser

def user_create(
    *, email: str, is_active: bool = True, is_admin: bool = False, password: Optional[str] = None
) -> BaseUser:
    user = BaseUser.objects.create_user(email=email, is_active=is_active, is_admin=is_admin, password=password)

    return user
