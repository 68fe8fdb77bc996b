from django.apps import AppConfig


class DigestsConfig(AppConfig):
    name = "newsdesk.digests"
    label = "digests"
    verbose_name = "Digests"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The digest section sits under the home page. Declared from here so
        # that newsroom, upstream in the flow, never names a downstream app.
        from newsdesk.newsroom.listed import listed_kind_register
        from newsdesk.newsroom.models import HomePage

        from .models import DigestIssuePage

        listed_kind_register(DigestIssuePage, date_field="first_published_at")

        index = "digests.DigestIndexPage"
        if index not in HomePage.subpage_types:
            HomePage.subpage_types = [*HomePage.subpage_types, index]
