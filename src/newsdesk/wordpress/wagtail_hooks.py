from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail import hooks

from .redirects import redirect_for_query


@hooks.register("before_serve_page")
def wordpress_query_permalinks(page, request, serve_args, serve_kwargs):
    """Send old `/?p=123` links to the imported page."""
    if not request.GET:
        return None
    redirect = redirect_for_query(request.path, request.GET)
    if redirect is None or not redirect.link:
        return None
    response = (
        HttpResponsePermanentRedirect if redirect.is_permanent else HttpResponseRedirect
    )
    return response(redirect.link)
