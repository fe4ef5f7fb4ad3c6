from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from app.services.articles import ArticleService


@method_decorator(csrf_exempt, name="dispatch")
class TagListView(View):
    service = ArticleService()

    def get(self, request):
        return JsonResponse({"tags": self.service.tags()})
