"""Admin forms: choosers offer content of the page's own language only."""

from urllib.parse import urlencode

from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser


def _chooser_text(message, name):
    return gettext(message) % {"object": name}


_lazy_chooser_text = lazy(_chooser_text, str)


class TranslatedSnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet chooser with its button texts translated when drawn.

    Wagtail builds one chooser per snippet model when the snippet is registered and copies it into
    every form (inline rows included), its texts already translated into whatever language was
    active then; a Danish editor could get "Choose another kontaktperson"."""

    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        name = model._meta.verbose_name
        self.choose_one_text = _lazy_chooser_text("Choose %(object)s", name)
        self.choose_another_text = _lazy_chooser_text("Choose another %(object)s", name)
        self.link_to_chosen_text = _lazy_chooser_text("Edit this %(object)s", name)


class TranslatedSnippetChooserViewSet(SnippetChooserViewSet):
    @cached_property
    def widget_class(self):
        return TranslatedSnippetChooser(model=self.model, icon=self.icon)


class LocaleSnippetChooser(TranslatedSnippetChooser):
    """A snippet chooser whose modal opens filtered to one locale (Wagtail's `locale` filter)."""

    def __init__(self, model, language_code, **kwargs):
        self.language_code = language_code
        super().__init__(model, **kwargs)

    def get_chooser_modal_url(self):
        return f"{super().get_chooser_modal_url()}?{urlencode({'locale': self.language_code})}"


class LocaleAwarePageForm(WagtailAdminPageForm):
    """The base form of every content page (`BasePage.base_form_class`).

    A chooser for a translatable snippet (a contact, say) opens on the page's own locale, and
    the field accepts only objects in that locale: a Danish page cannot point at an English
    contact, nor an English page at a Danish one. Synchronised translations never go through this
    form; wagtail-localize points their references at the target locale's translation itself.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = getattr(self.instance, "locale", None) if self.instance.locale_id else None
        if locale is None:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            model = getattr(queryset, "model", None)
            if model is None or not issubclass(model, TranslatableMixin) or issubclass(model, Page):
                continue
            field.queryset = queryset.filter(locale=locale)
            if isinstance(field.widget, AdminSnippetChooser):
                field.widget = LocaleSnippetChooser(
                    model, language_code=locale.language_code, attrs=field.widget.attrs
                )
