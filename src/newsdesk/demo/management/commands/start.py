from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from newsdesk.demo.background import start_background
from newsdesk.demo.services import demo_is_loaded


class Command(BaseCommand):
    help = (
        "Set up this installation and serve it, in one process: apply migrations, "
        "load the demo when the site is empty, print the admin login, then serve "
        "with gunicorn (what `make run` does)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-demo", action="store_true", help="Never load the demo site."
        )
        parser.add_argument(
            "--no-serve", action="store_true", help="Set up, then exit."
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Start neither the background worker nor the demo outlets.",
        )

    def handle(self, *args, no_demo: bool, no_serve: bool, no_worker: bool, **options):
        call_command("migrate", interactive=False, stdout=self.stdout)
        if no_demo:
            pass
        elif demo_is_loaded():
            self.stdout.write("The site already has content; demo not loaded.")
        else:
            call_command("demo", stdout=self.stdout)
        call_command("admin_login", stdout=self.stdout)
        if settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"):
            self.stdout.write(
                f"Mail is written to files in {settings.EMAIL_FILE_PATH}/"
            )
        if not no_serve:
            if not no_worker:
                start_background(demo=not no_demo, stdout=self.stdout)
            call_command("serve", stdout=self.stdout)
