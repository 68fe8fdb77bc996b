from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Outlet


class OutletViewSet(SnippetViewSet):
    model = Outlet
    icon = "site"
    menu_label = "Outlets"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "language", "country", "url"]
    list_filter = ["language", "country"]
    search_fields = ["name"]
    ordering = ["name"]


register_snippet(OutletViewSet)
