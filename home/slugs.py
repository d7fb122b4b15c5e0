"""ASCII page slugs with Danish transliteration: æ -> ae, ø -> oe, å -> aa, é -> e.

"Frivilligbørs" -> "frivilligboers", "Æreshertug på Året" -> "aereshertug-paa-aaret",
"Café" -> "cafe": the form the seeded pages' slugs have. A Unicode slug (frivilligb%C3%B8rs)
is unreadable in a shared link, and wagtail-localize's own `slugify` drops what is not ASCII
(an English translation's "frivilligbrs").

The same rule on both sides: the admin's slug field transliterates as the editor types
(`DanishSlugInput`: Wagtail's slug controller with formatters, then its own ASCII downcoding,
`WAGTAIL_ALLOW_UNICODE_SLUGS = False`), and `BasePage.full_clean` transliterates whatever else
arrives (a form posted without JavaScript, pages made in code, translations wagtail-localize
creates).
"""

import unicodedata

from django.utils.text import slugify
from wagtail.admin.widgets.slug import SlugInput

# Letters Unicode does not decompose, or that Danish spells out rather than drops.
DANISH_LETTERS = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}


def transliterate(text: str) -> str:
    """Danish letters spelled out, other accents removed (é -> e, ü -> u)."""
    for letter, spelled in DANISH_LETTERS.items():
        text = text.replace(letter, spelled)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def danish_slugify(text: str) -> str:
    """An ASCII slug: transliterated, lower case, words joined by hyphens."""
    return slugify(transliterate(text), allow_unicode=False)


class DanishSlugInput(SlugInput):
    """Wagtail's slug field, with the Danish letters spelled out before its ASCII downcoding
    (which would make ø an o), and the same rule on the server for what is posted."""

    def __init__(self, attrs=None, **kwargs):
        formatters = [(letter, spelled.lower()) for letter, spelled in DANISH_LETTERS.items()]
        super().__init__(attrs=attrs, formatters=formatters, **kwargs)

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if isinstance(value, str) and value and not value.isascii():
            return danish_slugify(value)
        return value
