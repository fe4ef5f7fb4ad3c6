from django.urls import path
from conduit.routes.user import current_user

urlpatterns = [path("api/user", current_user)]
