from django.urls import path
from conduit.routes.profiles import profile_view

urlpatterns = [path("api/profiles/<str:username>", profile_view)]
