from django.urls import path
from users.views import profile

urlpatterns = [path("api/profiles/<str:username>", profile)]
