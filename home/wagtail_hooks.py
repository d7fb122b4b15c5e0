from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Contact


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Kontaktpersoner")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation", "may_publish"]
    list_filter = ["may_publish"]
    search_fields = ["name", "role", "organisation"]


register_snippet(ContactViewSet)
