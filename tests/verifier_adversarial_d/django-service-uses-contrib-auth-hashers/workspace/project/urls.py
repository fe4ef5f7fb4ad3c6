from django.urls import path
from conduit.routes.users import login

urlpatterns = [path("api/users/login", login)]
