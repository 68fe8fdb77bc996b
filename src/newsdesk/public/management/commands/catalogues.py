"""Update the public site's gettext catalogues from the templates, and compile
them, with Babel (no GNU gettext needed)."""

from django.core.management.base import BaseCommand

from newsdesk.public.catalogues import (
    catalogue_compile,
    catalogue_update,
    messages_catalogue,
    translated_languages,
    untranslated,
)


class Command(BaseCommand):
    help = (
        "Add the public templates' new strings to each language's django.po "
        "(src/newsdesk/locale/), drop unused ones, and compile every .mo."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--compile-only",
            action="store_true",
            help="compile the .po files as they are, without reading templates",
        )

    def handle(self, *args, compile_only=False, **options):
        template = None if compile_only else messages_catalogue()
        for language in translated_languages():
            if template is not None:
                catalogue_update(language=language, template=template)
                missing = untranslated(language, template)
                if missing:
                    self.stdout.write(f"{language}: {len(missing)} untranslated")
            path = catalogue_compile(language=language)
            self.stdout.write(f"{language}: compiled {path}")
