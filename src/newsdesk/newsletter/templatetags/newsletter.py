from django import template

from newsdesk.newsletter.views import form_context

register = template.Library()


@register.inclusion_tag("newsletter/subscribe_form.html", takes_context=True)
def subscribe_form(context):
    """Render the subscribe form (for the footer of every page)."""
    # Context processors do not reach an inclusion tag's template: the static
    # mirror's flag is passed on, so the mirror links to the live site instead.
    return {**form_context(), "mirror": context.get("mirror", {}), "compact": True}
