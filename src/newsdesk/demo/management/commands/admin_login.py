from django.core.management.base import BaseCommand

from newsdesk.demo.accounts import admin_login_ensure


class Command(BaseCommand):
    help = (
        "Make sure an administrator exists and print its login. The password is "
        "generated once and kept in var/admin-password."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username: str, **options):
        login = admin_login_ensure(username=username)
        self.stdout.write(f"Admin:    {login.url}")
        self.stdout.write(f"User:     {login.username}")
        if login.password_current:
            self.stdout.write(f"Password: {login.password}  (kept in {login.path})")
        else:
            self.stdout.write(
                "Password: changed since it was generated; use yours, or run "
                f"`newsdesk changepassword {login.username}`."
            )
