from django.contrib.auth import get_user_model

Member = get_user_model()


class MemberRepository:
    def register(self, name, mail, secret):
        return Member.objects.create_user(username=name, email=mail, password=secret)

    def by_mail(self, mail):
        return Member.objects.filter(email=mail).first()
