"""Plain GET forms for the filters and the funding guide: they work without JavaScript and give
shareable URLs. Every value is validated against fixed choices before it reaches a query; an
unknown, garbled or over-long value never causes an error page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from haderslev_site.public_forms import SpamProtectedForm
from initiatives.models import ApplicantCode, PurposeCode, TimingCode

INVALID_CHOICE = _("Den valgte værdi findes ikke. Vælg en af mulighederne på listen.")


class FlatSelect(forms.Select):
    """Django's Select with the same markup from one template (no include per option)."""

    template_name = "initiatives/widgets/select.html"


def _choice_field(label, empty_label, choices=(), **kwargs):
    return forms.ChoiceField(
        label=label,
        required=False,
        choices=[("", empty_label), *choices],
        widget=FlatSelect(attrs={"class": "form-select"}),
        error_messages={"invalid_choice": INVALID_CHOICE},
        **kwargs,
    )


class FilterForm(forms.Form):
    """A GET filter. If any value is invalid the filter is ignored as a whole (see below)."""

    invalid_message = _(
        "Filteret kunne ikke bruges, fordi adressen indeholder en ukendt værdi. "
        "Du ser derfor alle. Vælg igen fra listerne."
    )


def filter_from_request(form_class, request, **kwargs):
    """Read a filter form from the query string.

    Returns (form, filters, message): `filters` holds only valid, non-empty values. With an
    invalid value the page shows everything, a fresh form and a clear Danish `message`.
    """
    data = {name: request.GET.get(name, "") for name in form_class.base_fields}
    if not any(data.values()):
        return form_class(**kwargs), {}, None
    form = form_class(data, **kwargs)
    if form.is_valid():
        return form, {name: value for name, value in form.cleaned_data.items() if value}, None
    return form_class(**kwargs), {}, form_class.invalid_message


class PoolFilterForm(FilterForm):
    tema = _choice_field(_("Tema"), _("Alle temaer"))
    ansoeger = _choice_field(_("Hvem kan søge"), _("Alle ansøgere"), ApplicantCode.choices)

    def __init__(self, *args, petal_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tema"].choices = [("", _("Alle temaer")), *petal_choices]


class EventFilterForm(FilterForm):
    tema = _choice_field(_("Tema"), _("Alle temaer"))

    def __init__(self, *args, petal_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tema"].choices = [("", _("Alle temaer")), *petal_choices]


class CouncilFilterForm(FilterForm):
    omraade = _choice_field(_("Område"), _("Alle områder"))

    def __init__(self, *args, area_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["omraade"].choices = [("", _("Alle områder")), *area_choices]


# The guide asks in the reader's words; each answer maps to a code the pools are tagged with.
GUIDE_WHO = [
    (ApplicantCode.ASSOCIATION, _("Vi er en forening eller organisation")),
    (ApplicantCode.CITIZEN_GROUP, _("Vi er en gruppe borgere uden forening")),
    (ApplicantCode.LOCAL_COMMUNITY, _("Vi er et lokalsamfund eller en borgerforening")),
    (ApplicantCode.INSTITUTION, _("Vi er en selvejende institution")),
    (ApplicantCode.VILLAGE_HALL, _("Vi driver et forsamlingshus")),
    (ApplicantCode.OWNER, _("Jeg er borger eller grundejer")),
]
GUIDE_WHAT = [
    (
        PurposeCode.SOCIAL,
        _("Frivilligt socialt arbejde, fx besøgsvenner, caféer eller selvhjælpsgrupper"),
    ),
    (PurposeCode.COMMUNITY, _("At udvikle vores landsby eller lokalsamfund")),
    (PurposeCode.ACTIVITIES, _("Aktiviteter, arrangementer eller kultur")),
    (PurposeCode.FACILITIES, _("Bygninger, lokaler eller udstyr")),
    (PurposeCode.TOWNSCAPE, _("Istandsættelse, nedrivning eller bymiljø")),
]


class FundingGuideForm(forms.Form):
    """The eligibility guide: who are you, what is it for, when do you need the money."""

    hvem = forms.ChoiceField(
        label=_("Hvem er I?"),
        choices=GUIDE_WHO,
        widget=forms.RadioSelect(attrs={"class": "form-radio"}),
        error_messages={"required": _("Vælg, hvem I er."), "invalid_choice": INVALID_CHOICE},
    )
    formaal = forms.ChoiceField(
        label=_("Hvad skal pengene bruges til?"),
        choices=GUIDE_WHAT,
        widget=forms.RadioSelect(attrs={"class": "form-radio"}),
        error_messages={
            "required": _("Vælg, hvad pengene skal bruges til."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    hvornaar = forms.ChoiceField(
        label=_("Hvornår skal I bruge pengene?"),
        choices=TimingCode.choices,
        widget=forms.RadioSelect(attrs={"class": "form-radio"}),
        required=False,
        initial=TimingCode.UNKNOWN,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )

    @classmethod
    def from_request(cls, request):
        """Bound only when the query string holds at least one of the guide's answers."""
        if any(name in request.GET for name in cls.base_fields):
            data = {name: request.GET.get(name, "") for name in cls.base_fields}
            return cls(data)
        return cls()

    def clean_hvornaar(self):
        return self.cleaned_data.get("hvornaar") or TimingCode.UNKNOWN

    def answer_labels(self):
        """The reader's answers in words, for the summary above the result."""
        data = self.cleaned_data
        return [
            (self.fields[name].label, dict(self.fields[name].choices)[data[name]])
            for name in ("hvem", "formaal", "hvornaar")
        ]


# --- Sign-up for an event (initiatives.registrations) -------------------------------------------


class RegistrationForm(SpamProtectedForm):
    """Only what the organiser needs: who comes, where to send the confirmation and, for events
    that allow it, how many guests. The form states purpose and retention next to the fields."""

    name = forms.CharField(
        label=_("Navn"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Skriv dit navn.")},
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("Vi sender bekræftelsen og et link til afmelding hertil."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Skriv din e-mailadresse."),
            "invalid": _("Skriv en gyldig e-mailadresse, fx navn@eksempel.dk."),
        },
    )
    organisation = forms.CharField(
        label=_("Forening eller organisation"),
        max_length=200,
        required=False,
        help_text=_("Hvis du kommer for en forening eller organisation."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    guests = forms.TypedChoiceField(
        label=_("Ledsagere"),
        coerce=int,
        required=False,
        empty_value=0,
        widget=FlatSelect(attrs={"class": "form-select"}),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )

    def __init__(self, *args, max_guests=0, **kwargs):
        super().__init__(*args, **kwargs)
        if max_guests:
            self.fields["guests"].choices = [(n, str(n)) for n in range(max_guests + 1)]
            self.fields["guests"].help_text = _("Hvor mange tager du med? Højst %(max)s.") % {
                "max": max_guests
            }
        else:
            del self.fields["guests"]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


PLACE_MAX_LENGTH = 100


class PlaceLookupForm(forms.Form):
    """ "Find dit lokalråd": a village or place name (GET ?sted=)."""

    sted = forms.CharField(
        label=_("By eller landsby"),
        max_length=PLACE_MAX_LENGTH,
        required=True,
        help_text=_("Skriv navnet på det sted, du bor, fx Højrup eller Hammelev."),
        error_messages={
            "required": _("Skriv navnet på din by eller landsby."),
            "max_length": _("Skriv højst %(limit_value)d tegn."),
        },
    )

    def clean_sted(self):
        value = self.cleaned_data["sted"]
        if not any(char.isalnum() for char in value):
            raise forms.ValidationError(_("Skriv navnet på din by eller landsby med bogstaver."))
        return value
