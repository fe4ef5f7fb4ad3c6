import json

from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from api.services import comments as service


def _present(c):
    return {"id": c.id, "body": c.body, "createdAt": c.created_at.isoformat(), "updatedAt": c.created_at.isoformat(),
            "author": {"username": c.author, "bio": None, "image": None, "following": False}}


@method_decorator(csrf_exempt, name="dispatch")
class CommentsView(View):
    def get(self, request, slug):
        return JsonResponse({"comments": [_present(c) for c in service.comments_of(slug)]})

    def post(self, request, slug):
        body = json.loads(request.body or b"{}").get("comment", {}).get("body", "")
        return JsonResponse({"comment": _present(service.add_comment(slug, "anonymous", body))})
