from django.http import JsonResponse
from .models import Tag


def tag_list(request):
    return JsonResponse({"tags": list(Tag.objects.order_by("name").values_list("name", flat=True))})
