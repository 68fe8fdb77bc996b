from django import template

from newsdesk.newsletter.views import form_context

register = template.Library()


@register.inclusion_tag("newsletter/subscribe_form.html", takes_context=True)
def subscribe_form(context):
    """Render the subscribe form (for the footer of every page)."""
    return {**form_context(), "csrf_token": context.get("csrf_token"), "compact": True}
