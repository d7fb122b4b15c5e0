from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import DraftStateMixin, Page, TranslatableMixin
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


# --- Translators translate; they do not remove pages ----------------------------------------------
# Wagtail's `publish` page permission also allows unpublishing, and `change` + `publish` allow
# deleting leaf pages. Partner translators need `publish` to put their translation online, but
# removing pages is not translating: deleting or unpublishing needs the right to add pages there
# too, which editors and moderators have and translator groups do not.


def _may_remove(user, page) -> bool:
    return user.is_superuser or "add" in page.permissions_for_user(user).permissions


def _refuse_removal(user, pages):
    if not all(_may_remove(user, page) for page in pages):
        raise PermissionDenied(_("Oversættere kan ikke slette eller afpublicere sider."))


@hooks.register("before_delete_page")
def refuse_delete_without_add_permission(request, page):
    _refuse_removal(request.user, [page])


@hooks.register("before_unpublish_page")
def refuse_unpublish_without_add_permission(request, page):
    _refuse_removal(request.user, [page])


@hooks.register("before_bulk_action")
def refuse_bulk_removal_without_add_permission(
    request, action_type, objects, action_class_instance
):
    if action_type in {"delete", "unpublish"}:
        _refuse_removal(request.user, [obj for obj in objects if isinstance(obj, Page)])
