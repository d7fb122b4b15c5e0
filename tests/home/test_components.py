"""The icon and badge tags (home/templatetags/components.py): DKFDS markup, escaped text."""

from django.template import Context, Template


def render(source, **context):
    return Template("{% load components %}" + source).render(Context(context))


def test_an_icon_is_decorative_unless_it_has_a_label():
    html = render('{% icon "time" %}')
    assert html == (
        '<svg class="icon-svg" focusable="false" aria-hidden="true">'
        '<use href="/static/dist/img/icons.svg#time"></use></svg>'
    )
    labelled = render('{% icon "warning" classes="alert-icon" label=text %}', text="Advarsel")
    assert labelled == (
        '<svg class="icon-svg alert-icon" focusable="false" role="img" aria-label="Advarsel">'
        '<use href="/static/dist/img/icons.svg#warning"></use></svg>'
    )


def test_a_badge_has_its_variant_and_a_prefix_only_screen_readers_read():
    assert render('{% badge "Idé" %}') == '<span class="badge">Idé</span>'
    assert render('{% badge text variant="success" prefix="Status: " %}', text="Åben nu") == (
        '<span class="badge badge-success"><span class="sr-only">Status: </span>Åben nu</span>'
    )


def test_text_from_content_is_escaped():
    html = render("{% badge text %}{% icon 'x' label=text %}", text='<b>"Fed"</b>')
    assert "<b>" not in html
    assert "&lt;b&gt;&quot;Fed&quot;&lt;/b&gt;" in html


def test_the_sprite_follows_the_static_url(settings):
    settings.STATIC_URL = "/assets/"
    assert 'href="/assets/dist/img/icons.svg#menu"' in render('{% icon "menu" %}')


def test_a_time_elements_datetime_has_whole_seconds_in_the_readers_time_zone(settings):
    """HTML allows at most three digits of a second in a datetime attribute; Django's "c"
    format writes the microseconds of a publishing time."""
    import datetime

    settings.TIME_ZONE = "Europe/Copenhagen"
    published = datetime.datetime(2026, 11, 28, 20, 2, 45, 316989, tzinfo=datetime.UTC)
    assert render("{{ value|datetime_attribute }}", value=published) == "2026-11-28T21:02:45+01:00"
    assert render("{{ value|datetime_attribute }}", value=datetime.date(2026, 9, 24)) == (
        "2026-09-24"
    )
    assert render("{{ value|datetime_attribute }}", value=None) == ""


def test_the_last_updated_line_has_a_valid_datetime(settings):
    import datetime

    from django.template.loader import render_to_string

    settings.TIME_ZONE = "Europe/Copenhagen"
    published = datetime.datetime(2026, 6, 1, 8, 30, 5, 123456, tzinfo=datetime.UTC)
    html = render_to_string("home/components/last_updated.html", {"date": published})
    assert '<time datetime="2026-06-01T10:30:05+02:00">' in html
