from django.urls import path
from profiles.views import profile

urlpatterns = [path("api/profiles/<str:username>", profile)]
