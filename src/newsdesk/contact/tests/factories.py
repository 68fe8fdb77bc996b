"""A contact page under a home page, as the demo makes it."""

from newsdesk.contact.models import ContactPage
from newsdesk.newsroom.tests.factories import PageFactory


class ContactPageFactory(PageFactory):
    class Meta:
        model = ContactPage

    title = "Contact"
    slug = "contact"
    intro = "<p>Write to the editors in confidence.</p>"
