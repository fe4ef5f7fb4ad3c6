from django.urls import path
from routes import tags

urlpatterns = [path("api/tags", tags.list_tags)]
