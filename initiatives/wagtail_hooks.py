from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LocalArea


class LocalAreaViewSet(SnippetViewSet):
    """The areas that group local councils on their index page."""

    model = LocalArea
    icon = "site"
    menu_label = _("Områder for lokalråd")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(LocalAreaViewSet)
