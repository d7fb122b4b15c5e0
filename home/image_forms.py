"""The image form that makes alternative text required.

Wired in through `WAGTAILIMAGES_IMAGE_FORM_BASE`, so it is used everywhere an editor uploads or
edits an image: the image library, the multiple uploader (which holds an upload back until its
form is complete) and the upload tab of the image chooser. (A module of its own: Wagtail's image
forms cannot be imported while the models load.)
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
