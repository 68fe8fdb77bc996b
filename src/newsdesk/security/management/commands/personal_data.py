import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from newsdesk.security.personal_data import personal_data_erase, personal_data_export


class Command(BaseCommand):
    help = (
        "Export (as JSON) or erase everything stored about one email address: "
        "comments, subscriptions, contact messages."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")
        parser.add_argument(
            "--output",
            default="",
            help="Write the export to this file (default: stdout).",
        )
        parser.add_argument(
            "--yes", action="store_true", help="Erase without asking to confirm."
        )

    def handle(self, *args, **options):
        email = options["email"].strip()
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"{email!r} is not an email address.") from None
        if options["action"] == "export":
            self._export(email, options["output"])
        else:
            self._erase(email, options["yes"])

    def _export(self, email, output):
        records = personal_data_export(email=email)
        text = json.dumps(records, ensure_ascii=False, indent=2, default=str)
        if output:
            Path(output).write_text(text + "\n", encoding="utf-8")
            self.stderr.write(f"{len(records)} records written to {output}.")
        else:
            self.stdout.write(text)
            self.stderr.write(f"{len(records)} records.")

    def _erase(self, email, confirmed):
        if not confirmed:
            answer = input(f"Erase everything stored about {email}? Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing erased.")
        report = personal_data_erase(email=email)
        for source, count in report.counts.items():
            self.stdout.write(f"{source}: {count} records erased or anonymised")
        self.stdout.write(f"Done: {report.total} records.")
