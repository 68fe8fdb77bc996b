from django.apps import AppConfig


class EngagementConfig(AppConfig):
    name = "newsdesk.engagement"
    label = "engagement"
    verbose_name = "Engagement"
    default_auto_field = "django.db.models.BigAutoField"
