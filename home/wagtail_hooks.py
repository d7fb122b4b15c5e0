from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import DraftStateMixin, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .localisation import resync_translations
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


@hooks.register("after_edit_snippet")
def resync_snippet_translations(request, instance):
    """A saved source snippet re-syncs its translations (publishable ones do so on publish)."""
    if isinstance(instance, TranslatableMixin) and not isinstance(instance, DraftStateMixin):
        resync_translations(instance, user=request.user)
