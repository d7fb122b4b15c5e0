"""The image form that makes alternative text required and refuses unreadable images.

Wired in through `WAGTAILIMAGES_IMAGE_FORM_BASE`, so it is used everywhere an editor uploads or
edits an image: the image library, the multiple uploader (which holds an upload back until its
form is complete) and the upload tab of the image chooser. (A module of its own: Wagtail's image
forms cannot be imported while the models load.)
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

UNREADABLE_IMAGE_MESSAGE = _(
    "Billedet kan ikke læses: filen er ikke hel (måske blev overførslen afbrudt), eller den er "
    "ikke et billede. Gem billedet igen, og upload det på ny."
)


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, with a form error instead of a server error for a file whose
    signature says image but whose content is cut short (a 6-byte GIF, a PNG signature alone):
    Wagtail recognises the format from the first bytes, then Pillow cannot read the size."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except (OSError, ValueError, SyntaxError, EOFError, IndexError) as error:
            raise ValidationError(UNREADABLE_IMAGE_MESSAGE, code="unreadable_image") from error


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        file_field = self.fields.get("file")
        if file_field is not None and type(file_field) is WagtailImageField:
            self.fields["file"] = ReadableImageField(
                label=file_field.label, required=file_field.required
            )
        description = self.fields.get("description")
        if description is not None:
            description.required = True
            description.label = _("Alternativ tekst")
            description.help_text = _(
                "Beskriv kort, hvad billedet viser, for dem der ikke kan se det (skærmlæsere). "
                'Fx "Frivillige planter træer i Haderslev Dyrehave". Påkrævet af hensyn til '
                "tilgængelighed (WCAG 2.1)."
            )
            description.error_messages["required"] = _(
                "Skriv en alternativ tekst, der beskriver billedet."
            )
