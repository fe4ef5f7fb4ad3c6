from django.http import JsonResponse
from django.urls import path

from articles.models import Tag

urlpatterns = [
    path("api/health-check", lambda r: JsonResponse({"status": "ok"})),
    path("api/tags", lambda r: JsonResponse({"tags": list(Tag.objects.order_by("name").values_list("name", flat=True))})),
]
