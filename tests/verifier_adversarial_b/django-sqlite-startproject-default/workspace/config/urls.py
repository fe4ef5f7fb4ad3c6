from django.urls import path, include

urlpatterns = [path("api/", include("conduit_api.urls"))]
