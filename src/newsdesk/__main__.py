"""The `newsdesk` console command: Django's manage.py under a friendlier name."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a management command (`newsdesk migrate`, `newsdesk demo`, …)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings.dev")
    from django.core.management import execute_from_command_line

    args = list(sys.argv if argv is None else argv)
    args[0] = "newsdesk"
    execute_from_command_line(args)


if __name__ == "__main__":
    main()
