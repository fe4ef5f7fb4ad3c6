from django.http import JsonResponse
from .models import Tag


def tags(request):
    return JsonResponse({"tags": sorted(Tag.objects.values_list("name", flat=True))})
