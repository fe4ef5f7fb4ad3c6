from django.urls import path
from social.views import follow

urlpatterns = [path("api/profiles/<str:username>/follow", follow)]
