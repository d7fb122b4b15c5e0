import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Development only: create (or reset) the superuser 'admin' with a fresh random password "
        "and print it. Refuses to run unless DEBUG is on."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensure_dev_admin only runs with DEBUG on (development settings). "
                "In production, create users with `manage.py createsuperuser`."
            )
        password = secrets.token_urlsafe(12)
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS("Development admin login (valid until the next `make run`):")
        )
        self.stdout.write(f"  URL:      {settings.WAGTAILADMIN_BASE_URL}/admin/")
        self.stdout.write(f"  User:     {username}")
        self.stdout.write(f"  Password: {password}")
        self.stdout.write("")
