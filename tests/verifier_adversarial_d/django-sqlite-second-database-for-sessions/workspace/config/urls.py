from django.urls import path
from accounts.views import logout

urlpatterns = [path("api/users/logout", logout)]
