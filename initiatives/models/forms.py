"""Forms editors build themselves (wagtail.contrib.forms), for the policy's initiatives that ask
citizens for something: nominations of local champions and the æreshertug, proposals for the
rural districts. A form page sits under the initiative it serves.

What the site adds to Wagtail's form page:
- the public forms' protection (haderslev_site.public_forms): the honeypot and the minimum
  fill-in time in every built form (SpamProtectedFormBuilder), and a rate limit per client
  address;
- the trap fields never reach the stored submission or the staff e-mail;
- the submission is stored first; the notice to the staff (`to_address`) then goes into the
  stored outbox, like all of the site's e-mail;
- the form says what the answers are used for (`purpose`) and how long they are kept
  (FORM_SUBMISSION_RETENTION_DAYS; `manage.py purge_personal_data` deletes older submissions).
Submissions are listed and exported (CSV, XLSX) in the admin under Formularer, Wagtail's own
views.
"""

import datetime

from django import forms
from django.conf import settings
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

# Fields of SpamProtectedForm that are traps, not answers.
TRAP_FIELDS = ("website", "shown_at")


class FormField(TranslatableMixin, AbstractFormField):
    """One question of an editor-built form. Translated with its page (label, hint, choices);
    its `clean_name`, the key of the stored answers, stays the same in every language."""

    page = ParentalKey("initiatives.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    panels = [
        FieldPanel("label"),
        FieldPanel("help_text", help_text=_("En kort hjælp under spørgsmålet, fx et eksempel.")),
        FieldPanel("required", help_text=_("Sæt kryds, hvis spørgsmålet skal besvares.")),
        FieldPanel(
            "field_type",
            classname="formbuilder-type",
            help_text=_("Hvordan svaret skrives: en linje, flere linjer, e-mail, valg, dato ..."),
        ),
        FieldPanel("choices", classname="formbuilder-choices"),
        FieldPanel("default_value", classname="formbuilder-default"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("formularfelt")
        verbose_name_plural = _("formularfelter")
        unique_together = [("translation_key", "locale")]


class SpamProtectedFormBuilder(FormBuilder):
    """Wagtail's form builder, with the honeypot and the minimum fill-in time in every form, and
    DKFDS's classes on radio buttons and checkboxes."""

    def create_radio_field(self, field, options):
        form_field = super().create_radio_field(field, options)
        form_field.widget.attrs["class"] = "form-radio"
        return form_field

    def create_checkboxes_field(self, field, options):
        form_field = super().create_checkboxes_field(field, options)
        form_field.widget.attrs["class"] = "form-checkbox"
        return form_field

    def create_checkbox_field(self, field, options):
        form_field = super().create_checkbox_field(field, options)
        form_field.widget.attrs["class"] = "form-checkbox"
        return form_field

    def get_form_class(self):
        # Imported here: the public forms' module loads Wagtail's admin forms, which need the
        # models to be ready.
        from haderslev_site.public_forms import SpamProtectedForm

        return type("WagtailForm", (SpamProtectedForm, BaseForm), self.formfields)


class FormPage(AbstractEmailForm, BasePage):
    """A form an editor builds from fields; submissions are stored and the staff notified."""

    form_builder = SpamProtectedFormBuilder
    template = "initiatives/form_page.html"
    landing_page_template = "initiatives/form_page_landing.html"

    purpose = models.TextField(
        _("formål med oplysningerne"),
        help_text=_(
            "Skriv, hvad svarene bruges til, og hvem der læser dem. Vises ved formularen "
            "sammen med, hvor længe svarene gemmes. Spørg kun om det, I har brug for."
        ),
    )
    thank_you_text = RichTextField(
        _("tak-tekst"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Vises, når formularen er sendt."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel(
            "body",
            help_text=_("Tekst over formularen: hvad den bruges til, og hvad der sker bagefter."),
        ),
        InlinePanel("form_fields", label=_("Felter")),
        FieldPanel("purpose"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(
                            "from_address",
                            help_text=_("Afsenderadressen på e-mailen til medarbejderne."),
                        ),
                        FieldPanel("to_address"),
                    ]
                ),
                FieldPanel("subject", help_text=_("Emnelinjen på e-mailen til medarbejderne.")),
            ],
            heading=_("E-mail til medarbejderne"),
        ),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    parent_page_types = ["initiatives.InitiativePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("formular")
        verbose_name_plural = _("formularer")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["retention_days"] = settings.FORM_SUBMISSION_RETENTION_DAYS
        return context

    def serve(self, request, *args, **kwargs):
        from haderslev_site.public_forms import (
            RATE_LIMITED_MESSAGE,
            first_submission,
            rate_limited,
        )

        form = None
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                if form.is_robot:
                    # Answered like a success; nothing is stored or sent.
                    return self.render_landing_page(request, None, *args, **kwargs)
                emails = [
                    form.cleaned_data.get(field.name)
                    for field in form
                    if isinstance(field.field, forms.EmailField)
                ]
                if rate_limited(
                    request,
                    "form-page",
                    settings.FORM_SUBMISSION_RATE,
                    email=emails[0] if emails and emails[0] else None,
                ):
                    form.add_error(None, RATE_LIMITED_MESSAGE)
                else:
                    # Stored once, however often the same shown form is sent (a double click, or
                    # again after a server went away before answering): the second time the
                    # person is thanked for what was received the first time.
                    submission = None
                    with transaction.atomic():
                        if first_submission(form, f"form-page:{self.pk}"):
                            submission = self.process_form_submission(form)
                    return self.render_landing_page(request, submission, *args, **kwargs)
        if form is None:
            form = self.get_form(page=self, user=request.user)
        context = self.get_context(request)
        context["form"] = form
        context["answer_fields"] = [field for field in form if field.name not in TRAP_FIELDS]
        return TemplateResponse(request, self.get_template(request), context)

    def process_form_submission(self, form):
        """Store the answers (never the traps), then queue the staff notice in the outbox."""
        answers = {
            name: value for name, value in form.cleaned_data.items() if name not in TRAP_FIELDS
        }
        submission = self.get_submission_class().objects.create(form_data=answers, page=self)
        if self.to_address:
            self.send_mail(form)
        return submission

    def send_mail(self, form):
        addresses = [address.strip() for address in self.to_address.split(",")]
        send_mail(
            self.subject or self.title,
            self.render_email(form),
            addresses,
            self.from_address or settings.DEFAULT_FROM_EMAIL,
        )

    def render_email(self, form):
        lines = []
        for field in form:
            if field.name in TRAP_FIELDS or field.name not in form.cleaned_data:
                continue
            value = form.cleaned_data[field.name]
            if isinstance(value, list):
                value = ", ".join(value)
            if isinstance(value, datetime.datetime):
                value = date_format(value, "SHORT_DATETIME_FORMAT")
            elif isinstance(value, datetime.date):
                value = date_format(value, "SHORT_DATE_FORMAT")
            lines.append(f"{field.label}: {value}")
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/forms/submissions/{self.pk}/"
        lines += ["", f"{_('Alle svar')}: {admin_url}"]
        return "\n".join(lines)
