"""The meeting place's public forms: a post, a message to a poster, a report, the list filter.

Every form the public sends is a SpamProtectedForm (honeypot, minimum fill-in time) and is rate
limited by its view. Text is plain text: HTML tags are stripped, lengths are capped, and a text
may hold at most VOLUNTEERING_MAX_LINKS links.
"""

import re
from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from haderslev_site.public_forms import SpamProtectedForm
from initiatives.models import LocalArea

from .models import Category, Post, PostKind

LINK = re.compile(r"(https?://|www\.)", re.IGNORECASE)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain(value: str) -> str:
    """Plain text: no tags, no control characters, no surrounding space."""
    return CONTROL.sub("", strip_tags(value or "")).strip()


def check_links(value: str) -> None:
    limit = settings.VOLUNTEERING_MAX_LINKS
    if len(LINK.findall(value)) > limit:
        raise forms.ValidationError(
            ngettext(
                "Teksten må højst indeholde %(limit)d link.",
                "Teksten må højst indeholde %(limit)d links.",
                limit,
            )
            % {"limit": limit},
            code="links",
        )


def source_objects(model):
    """The Danish (source) rows of a translatable model: posts refer to those."""
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


def localized_names(model, language=None) -> dict:
    """{translation_key: name} in the reader's language (Danish where not translated): one
    query whatever the number of rows."""
    from django.utils.translation import get_language

    language = language or get_language() or settings.LANGUAGE_CODE
    names = {}
    rows = model.objects.filter(
        locale__language_code__in=[settings.LANGUAGE_CODE, language]
    ).values_list("translation_key", "name", "locale__language_code")
    for key, name, code in rows:
        if code == language or key not in names:
            names[key] = name
    return names


class LocalizedChoiceMixin:
    """A model choice field that labels each Danish row in the reader's language."""

    def label_from_instance(self, obj):
        names = getattr(self, "_names", None)
        if names is None:
            names = self._names = localized_names(type(obj))
        return names.get(obj.translation_key, obj.name)


class AreaField(LocalizedChoiceMixin, forms.ModelChoiceField):
    pass


class CategoriesField(LocalizedChoiceMixin, forms.ModelMultipleChoiceField):
    pass


class PlainTextField(forms.CharField):
    def to_python(self, value):
        return plain(super().to_python(value))


class PostForm(SpamProtectedForm, forms.ModelForm):
    """A new post, or the poster's changes to it (without the e-mail address)."""

    kind = forms.ChoiceField(
        label=_("Hvad vil du slå op?"), choices=PostKind.choices, widget=forms.RadioSelect
    )
    title = PlainTextField(
        label=_("Overskrift"),
        max_length=120,
        help_text=_("Kort og konkret, fx “Kører gerne ældre til lægen i Vojens”."),
    )
    text = PlainTextField(
        label=_("Tekst"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Højst 3.000 tegn og to links. Skriv ikke personfølsomme oplysninger."),
    )
    area = AreaField(
        label=_("Område"),
        queryset=source_objects(LocalArea),
        to_field_name="slug",
        required=False,
        empty_label=_("Hele kommunen"),
    )
    categories = CategoriesField(
        label=_("Kategorier"),
        queryset=source_objects(Category),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    starts_on = forms.DateField(
        label=_("Dato eller første dag"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Lad datoerne stå tomme, hvis opslaget er løbende."),
    )
    ends_on = forms.DateField(
        label=_("Sidste dag"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Kun hvis det strækker sig over flere dage."),
    )
    association = PlainTextField(
        label=_("Forening"),
        max_length=120,
        required=False,
        help_text=_("Hvis du skriver på vegne af en forening."),
    )
    language = forms.ChoiceField(
        label=_("Opslagets sprog"),
        choices=settings.LANGUAGES,
        help_text=_("Det sprog, du skriver opslaget på."),
    )
    poster_name = PlainTextField(
        label=_("Dit navn"),
        max_length=100,
        help_text=_("Vises ikke på siden. Bruges i e-mails til dig."),
    )
    poster_email = forms.EmailField(
        label=_("Din e-mail"),
        max_length=254,
        help_text=_(
            "Vises aldrig. Vi sender et link til at bekræfte opslaget, "
            "og svar sendes videre hertil."
        ),
    )

    class Meta:
        model = Post
        fields = [
            "kind",
            "title",
            "text",
            "area",
            "categories",
            "starts_on",
            "ends_on",
            "association",
            "language",
            "poster_name",
            "poster_email",
        ]

    def __init__(self, *args, with_email=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_email:
            del self.fields["poster_email"]
        if self.instance.pk:
            # The choices are keyed by slug (the same in every language).
            if self.instance.area_id:
                self.initial["area"] = self.instance.area.slug
            self.initial["categories"] = [c.slug for c in self.instance.categories.all()]

    def clean_text(self):
        text = self.cleaned_data["text"]
        check_links(text)
        return text

    def clean_title(self):
        title = self.cleaned_data["title"]
        check_links(title)
        return title

    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if ends and not starts:
            self.add_error("starts_on", _("Skriv også den første dag."))
        if starts and ends and ends < starts:
            self.add_error(
                "ends_on", _("Sidste dag skal være samme dag som eller efter den første.")
            )
        last = ends or starts
        if last and last < today:
            self.add_error(ends and "ends_on" or "starts_on", _("Datoen er allerede passeret."))
        if starts and starts > today + timedelta(days=366):
            self.add_error("starts_on", _("Datoen må højst ligge et år ude i fremtiden."))
        return cleaned


class AnswerForm(SpamProtectedForm):
    name = PlainTextField(label=_("Dit navn"), max_length=100)
    email = forms.EmailField(
        label=_("Din e-mail"),
        max_length=254,
        help_text=_("Opslagsgiveren får den, så de kan svare dig. Den gemmes ikke her."),
    )
    message = PlainTextField(
        label=_("Besked"), max_length=2000, widget=forms.Textarea(attrs={"rows": 6})
    )

    def clean_message(self):
        message = self.cleaned_data["message"]
        check_links(message)
        return message


class ReportForm(SpamProtectedForm):
    reason = PlainTextField(
        label=_("Hvorfor skal moderatorerne se på opslaget?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Fx hvis det er reklame, krænkende eller ikke handler om frivillighed."),
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Begrundelse"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sendes til opslagsgiveren."),
    )


class FilterForm(forms.Form):
    """The list's filters (GET). Unknown values are simply not applied."""

    q = forms.CharField(label=_("Søg i opslagene"), max_length=100, required=False)
    kind = forms.ChoiceField(label=_("Slags"), required=False)
    omraade = forms.ChoiceField(label=_("Område"), required=False)
    kategori = forms.ChoiceField(label=_("Kategori"), required=False)

    def __init__(self, data, areas, categories):
        super().__init__(data)
        everything = [("", _("Alle"))]
        self.fields["kind"].choices = everything + list(PostKind.choices)
        self.fields["omraade"].choices = everything + areas
        self.fields["kategori"].choices = everything + categories

    def filters(self) -> dict:
        """The valid filters; an invalid one is dropped, never an error page."""
        self.is_valid()
        return {
            name: self.cleaned_data[name]
            for name in ("q", "kind", "omraade", "kategori")
            if name in getattr(self, "cleaned_data", {}) and self.cleaned_data[name]
        }
