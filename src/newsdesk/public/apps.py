from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "newsdesk.public"
    label = "public"
    verbose_name = "Public site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signals

        signals.connect()
