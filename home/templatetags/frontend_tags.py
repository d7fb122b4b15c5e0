"""Template tags for the front end on Det Fælles Designsystem (DKFDS).

- `flower_petals`: the geometry of the home page's inline SVG flower (petal shapes and labels).
- `page_languages`: the languages the current page exists in, for the DKFDS language switcher.
- `legal_pages`: the accessibility statement and the privacy policy for the footer, in the
  reader's language where they are translated.
- `site_navigation`: the main navigation's links once, for the desktop menu and the mobile drawer.
- `chrome_fragment`: site-wide chrome markup (navigation, footer) rendered once per generation.
- `elided_page_range`: page numbers with ellipses for the DKFDS pagination component.

Numbers for SVG attributes are returned as strings: Django localises floats in templates
("12,5" in Danish), which SVG cannot read.
"""

import hashlib
import math
from dataclasses import dataclass

from django import template
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Page

from home import chrome
from home.i18n import LinkedVersion, live_translations, reader_versions
from home.templatetags.site_tags import main_navigation

register = template.Library()

# --- The flower ----------------------------------------------------------------------------

FLOWER_SIZE = 600  # the SVG's viewBox is 0 0 FLOWER_SIZE FLOWER_SIZE
FLOWER_CENTRE_RADIUS = 110
PETAL_DISTANCE = 178  # from the flower's centre to a petal's centre
PETAL_LENGTH = 118  # the petal's radius along the line from the centre (ellipse rx)
PETAL_WIDTH = 90  # the petal's radius across that line (ellipse ry), at most
LABEL_DISTANCE = 196  # from the flower's centre to the middle of a petal's label
LABEL_LINE_CHARS = 13  # characters per label line before wrapping
LABEL_LINE_HEIGHT_EM = 1.15
PETAL_COLOURS = 5  # CSS has five petal colours; a sixth petal reuses the first


def _number(value: float) -> str:
    """A coordinate for an SVG attribute: one decimal at most, never localised."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def wrap_label(title: str, width: int = LABEL_LINE_CHARS, max_lines: int = 3) -> list[str]:
    """Split a petal title into short lines for an SVG <text> (SVG text does not wrap).

    Words stay whole; a word longer than `width` gets a line of its own. Beyond `max_lines`,
    the rest is kept on the last line rather than dropped.
    """
    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return lines


# Font sizes in px (of the 600-unit viewBox), and how wide a line may be: the widest glyph run
# that stays inside a petal's ellipse and the centre's circle, as a number of average
# characters (a semibold/bold IBM Plex Sans character is at most ~0.62 em wide on average).
LABEL_FONT_SIZE = 20
LABEL_MIN_FONT_SIZE = 13
CENTRE_FONT_SIZE = 27
CENTRE_MIN_FONT_SIZE = 14
CHARACTER_WIDTH_EM = 0.62
CENTRE_TEXT_WIDTH = 2 * FLOWER_CENTRE_RADIUS - 30  # a margin inside the circle's white ring


def label_font_size(lines: list[str]) -> float:
    """The petal label's font size: the standard size, or smaller so that the longest line
    (a long German or Finnish word cannot be wrapped) is no wider than LABEL_LINE_CHARS
    characters of the standard size."""
    longest = max((len(line) for line in lines), default=0)
    if longest <= LABEL_LINE_CHARS:
        return LABEL_FONT_SIZE
    return max(LABEL_MIN_FONT_SIZE, LABEL_FONT_SIZE * LABEL_LINE_CHARS / longest)


def centre_label(title: str) -> dict:
    """The flower centre's text: one line if it fits at a readable size, else wrapped in two
    lines at word boundaries, with a font size that keeps the widest line inside the circle."""

    def size_for(lines):
        longest = max(len(line) for line in lines)
        return min(CENTRE_FONT_SIZE, CENTRE_TEXT_WIDTH / (longest * CHARACTER_WIDTH_EM))

    lines = [title]
    words = title.split()
    if len(words) > 1 and size_for(lines) < 20:
        # The split that makes the longest line shortest.
        splits = [[" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))]
        lines = min(splits, key=lambda pair: max(len(part) for part in pair))
    size = max(CENTRE_MIN_FONT_SIZE, size_for(lines))
    first_dy = 0.35 - (len(lines) - 1) * LABEL_LINE_HEIGHT_EM / 2
    return {
        "lines": lines,
        "font_size": _number(size),
        "first_line_dy": f"{first_dy:.2f}",
    }


@dataclass(frozen=True)
class FlowerPetal:
    page: Page
    number: int  # 1-based position, clockwise from the top
    colour: int  # 1..PETAL_COLOURS, for the CSS class flower-petal--<colour>
    cx: str
    cy: str
    rx: str
    ry: str
    rotate: str  # "angle cx cy" for the ellipse's transform="rotate(...)"
    label_x: str
    label_y: str
    lines: list[str]
    first_line_dy: str  # em offset that centres the label's lines on label_y
    font_size: str  # the label's font size in px: smaller for long words, so none overflows
    lang: str = ""  # the page's language if not the reader's (a fallback), else ""
    in_language: str = ""  # ... and the visible mark for it, e.g. "(auf Englisch)"


@register.simple_tag
def flower_petals(petals) -> list[FlowerPetal]:
    """Place the petals evenly around the centre, the first at the top, clockwise.

    `petals` are pages, or LinkedVersions of them (a petal not translated into the reader's
    language is linked in another language, and marked so)."""
    petals = list(petals)
    count = len(petals)
    if not count:
        return []
    centre = FLOWER_SIZE / 2
    # Narrow the petals when there are many, so neighbours do not overlap.
    width = min(PETAL_WIDTH, PETAL_DISTANCE * math.sin(math.pi / max(count, 2)) * 0.85)
    placed = []
    for index, item in enumerate(petals):
        version = item if isinstance(item, LinkedVersion) else None
        page = version.page if version is not None else item
        angle = -90 + index * 360 / count
        radians = math.radians(angle)
        cx = centre + PETAL_DISTANCE * math.cos(radians)
        cy = centre + PETAL_DISTANCE * math.sin(radians)
        label_x = centre + LABEL_DISTANCE * math.cos(radians)
        label_y = centre + LABEL_DISTANCE * math.sin(radians)
        lines = wrap_label(page.title)
        font_size = label_font_size(lines)
        # Centre the block of lines vertically on label_y (0.35em lowers the baseline to the
        # middle of a line of text).
        first_dy = 0.35 - (len(lines) - 1) * LABEL_LINE_HEIGHT_EM / 2
        placed.append(
            FlowerPetal(
                page=page,
                number=index + 1,
                colour=index % PETAL_COLOURS + 1,
                cx=_number(cx),
                cy=_number(cy),
                rx=_number(PETAL_LENGTH),
                ry=_number(width),
                rotate=f"{_number(angle)} {_number(cx)} {_number(cy)}",
                label_x=_number(label_x),
                label_y=_number(label_y),
                lines=lines,
                first_line_dy=f"{first_dy:.2f}",
                font_size=_number(font_size),
                lang=version.language_code if version and version.is_fallback else "",
                in_language=version.in_language if version and version.is_fallback else "",
            )
        )
    return placed


@register.simple_tag
def flower_geometry(centre_title: str = "") -> dict:
    """The fixed dimensions of the flower's centre, and its label, for the template."""
    centre = _number(FLOWER_SIZE / 2)
    return {
        "centre_label": centre_label(centre_title or ""),
        "size": _number(FLOWER_SIZE),
        "centre": centre,
        "radius": _number(FLOWER_CENTRE_RADIUS),
        "line_height": f"{LABEL_LINE_HEIGHT_EM}em",
    }


# --- Languages -----------------------------------------------------------------------------


@register.simple_tag(takes_context=True)
def page_languages(context) -> list[dict]:
    """The live translations of the current page for the language switcher.

    Each item is {"code", "name", "url", "is_current"}, in the order of settings.LANGUAGES,
    named in its own language: the localisation app's list (`home.i18n.live_translations`,
    shared with the `<head>` alternates, one query per request), or the list a view passes as
    `switcher_translations` (the not-translated page). Empty when there is nothing to switch to.
    """
    entries = context.get("switcher_translations")
    if entries is None:
        page = context.get("page")
        if not isinstance(page, Page) or not page.id:
            return []
        entries = live_translations(page, context.get("request"))
    if not any(not entry["is_current"] for entry in entries):
        return []
    return [
        {
            "code": entry["language_code"],
            "name": entry["name"],
            "url": entry["url"],
            "is_current": entry["is_current"],
        }
        for entry in entries
    ]


# --- Footer --------------------------------------------------------------------------------

# Seeded by home.seed (order 95) as standard pages directly below the Danish home page.
LEGAL_PAGE_SLUGS = ("tilgaengelighedserklaering", "privatlivspolitik")


@register.simple_tag(takes_context=True)
def legal_pages(context) -> list[LinkedVersion]:
    """The accessibility statement and the privacy policy, each in the reader's language if it
    is translated there, else in English (or Danish), marked as such (home.i18n.reader_versions).
    Unpublished pages are left out. One query in Danish, two in other languages; none for a
    reader when the site chrome is cached (home.chrome)."""
    request = context.get("request")
    site = chrome.site_for_request(request) if request is not None else None
    if site is None:
        return []
    language = translation.get_language()

    def compute():
        found = {
            page.slug: page
            for page in Page.objects.child_of(site.root_page)
            .live()
            .filter(slug__in=LEGAL_PAGE_SLUGS)
            .select_related("locale")
        }
        pages = [found[slug] for slug in LEGAL_PAGE_SLUGS if slug in found]
        return reader_versions(pages, chrome.active_locale(request))

    # For readers, cached per page-cache generation (home.chrome).
    return chrome.cached(request, "legal", [site.pk, language], compute)


@register.filter
def without_legal_pages(pages) -> list:
    """Leave the accessibility statement and privacy policy out of a listing (they are linked
    from every page's footer instead)."""
    return [page for page in pages if page.slug not in LEGAL_PAGE_SLUGS]


# --- Navigation ----------------------------------------------------------------------------


@register.simple_tag(takes_context=True)
def site_navigation(context) -> dict:
    """The header navigation's links (site_tags.main_navigation: the tools and the petals),
    computed once per page for the desktop menu (home/includes/main_navigation.html) and the
    mobile drawer (home/includes/mobile_navigation.html), plus whether the current page is the
    home page."""
    data = main_navigation(context)
    page, home = context.get("page"), data.get("home")
    data["home_is_current"] = isinstance(page, Page) and home is not None and page.pk == home.pk
    # All that tells one page's menus from another's (the marked items), for chrome_fragment.
    marked = [
        f"{link['url']}-{'current' if link['is_current'] else 'section'}"
        for link in (*data["tools"], *data["petals"])
        if link["is_current"] or link["in_section"]
    ]
    data["active"] = (
        hashlib.sha1("|".join(marked).encode(), usedforsecurity=False).hexdigest()
        if marked
        else ("home" if data["home_is_current"] else "none")
    )
    return data


class ChromeFragmentNode(template.Node):
    def __init__(self, name, parts, nodelist):
        self.name, self.parts, self.nodelist = name, parts, nodelist

    def render(self, context):
        request = context.get("request")
        if not chrome.enabled_for(request):
            return self.nodelist.render(context)
        site = chrome.site_for_request(request)
        parts = [
            chrome.language(),
            site.pk if site is not None else "-",
            *(part.resolve(context) for part in self.parts),
        ]
        return chrome.cached(
            request, f"html-{self.name}", parts, lambda: self.nodelist.render(context)
        )


@register.tag
def chrome_fragment(parser, token):
    """`{% chrome_fragment "footer" part... %}...{% endchrome_fragment %}`: the enclosed markup,
    rendered once per page-cache generation, language, site and `part`s for readers (home.chrome)
    and every time for editors and previews. Only for markup that is the same on every page
    given those (the navigation, given its marked item; the footer): never for a page's own
    content, and never around a form's CSRF token or a CSP nonce."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("chrome_fragment needs a name")
    name = bits[1].strip("\"'")
    nodelist = parser.parse(("endchrome_fragment",))
    parser.delete_first_token()
    return ChromeFragmentNode(name, [parser.compile_filter(bit) for bit in bits[2:]], nodelist)


# --- Pagination ----------------------------------------------------------------------------


@register.simple_tag
def elided_page_range(page_obj, on_each_side=1, on_ends=1) -> list:
    """Page numbers around the current page, with Paginator.ELLIPSIS for the gaps."""
    return list(
        page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    )


@register.simple_tag(takes_context=True)
def page_query(context, number, param="page") -> str:
    """The current query string with `param` set to `number` ("?q=fest&page=4"), for pagination
    links whose page parameter has another name than "page" (the events list uses "side")."""
    request = context.get("request")
    query = request.GET.copy() if request is not None else QueryDict(mutable=True)
    query[param or "page"] = number
    return "?" + query.urlencode()


# --- Related content -----------------------------------------------------------------------


@register.simple_tag
def sibling_pages(page, limit=8) -> list[Page]:
    """Other live pages of the same type under the same parent, in the editors' order, as
    instances of that type (so their intro or summary can be shown), in one query. For
    "related content" boxes."""
    if not isinstance(page, Page):
        return []
    return list(
        type(page)
        .objects.sibling_of(page, inclusive=False)
        .live()
        .defer_streamfields()
        .order_by("path")[:limit]
    )


# --- Badges --------------------------------------------------------------------------------

# Stored status values -> DKFDS badge variants. Initiative statuses (initiatives.InitiativeStatus);
# page types with other statuses add theirs here.
STATUS_BADGE_VARIANTS = {
    "done": "success",
    "in_progress": "info",
    "planned": "warning",
    "idea": "",
}


@register.filter
def badge_variant(status) -> str:
    """The DKFDS badge variant for a stored status value ("" = the neutral badge)."""
    return STATUS_BADGE_VARIANTS.get(str(status), "")
