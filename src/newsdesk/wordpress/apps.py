from django.apps import AppConfig


class WordpressConfig(AppConfig):
    name = "newsdesk.wordpress"
    label = "wordpress"
    verbose_name = "WordPress import"
    default_auto_field = "django.db.models.BigAutoField"
