from django.apps import AppConfig


class ContactConfig(AppConfig):
    name = "newsdesk.contact"
    label = "contact"
    verbose_name = "Contact messages"
