"""The meeting place's front page: the root of its own Wagtail Site.

One routable page serves the whole meeting place, so the second Site's root works with Wagtail's
routing, the language prefixes (/da/, /en/...) and the page cache like every other page:

    ""                               the list of posts, with filters (cached for readers)
    opslag/<id>/                     a post (cached for readers)
    opslag/<id>/skriv/               write to the poster (a form: never cached)
    opslag/<id>/anmeld/              report a post (a form: never cached)
    nyt-opslag/, nyt-opslag/tak/     write a post; "check your e-mail"
    bekraeft/<token>/                the confirmation link from the e-mail
    mit-opslag/<id>/<key>/ (+ ret/)  the poster's private page: renew, withdraw, delete, edit
    feed/rss/, feed/atom/, kalender/ new posts as RSS/Atom; activities as iCalendar

The views are in volunteering/views.py; this class only routes to them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models import BasePage


class MeetingPlacePage(RoutablePageMixin, BasePage):
    """Frivilligbørsen: the front page and every public view of the volunteers' meeting place."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = []

    class Meta:
        verbose_name = _("mødested for frivillige (forside)")
        verbose_name_plural = _("mødesteder for frivillige")

    def route_url(self, name, *args, request=None):
        """A sub-page's address, e.g. page.route_url("post", post.pk)."""
        return self.get_url(request) + self.reverse_subpage(name, args=args)

    def full_route_url(self, name, *args):
        """The absolute address (for e-mails and feeds)."""
        return self.get_full_url() + self.reverse_subpage(name, args=args)

    @path("", name="list")
    def list_view(self, request):
        from volunteering import views

        return views.post_list(request, self)

    @path("opslag/<int:post_id>/", name="post")
    def post_view(self, request, post_id):
        from volunteering import views

        return views.post_detail(request, self, post_id)

    @path("opslag/<int:post_id>/skriv/", name="answer")
    def answer_view(self, request, post_id):
        from volunteering import views

        return views.answer(request, self, post_id)

    @path("opslag/<int:post_id>/anmeld/", name="report")
    def report_view(self, request, post_id):
        from volunteering import views

        return views.report(request, self, post_id)

    @path("nyt-opslag/", name="new")
    def new_view(self, request):
        from volunteering import views

        return views.new_post(request, self)

    @path("nyt-opslag/tak/", name="submitted")
    def submitted_view(self, request):
        from volunteering import views

        return views.submitted(request, self)

    @path("bekraeft/<str:token>/", name="confirm")
    def confirm_view(self, request, token):
        from volunteering import views

        return views.confirm(request, self, token)

    @path("mit-opslag/<int:post_id>/<str:key>/", name="manage")
    def manage_view(self, request, post_id, key):
        from volunteering import views

        return views.manage(request, self, post_id, key)

    @path("mit-opslag/<int:post_id>/<str:key>/ret/", name="edit")
    def edit_view(self, request, post_id, key):
        from volunteering import views

        return views.edit(request, self, post_id, key)

    @path("feed/rss/", name="rss")
    def rss_view(self, request):
        from volunteering import feeds

        return feeds.rss(request, self)

    @path("feed/atom/", name="atom")
    def atom_view(self, request):
        from volunteering import feeds

        return feeds.atom(request, self)

    @path("kalender/", name="calendar")
    def calendar_view(self, request):
        from volunteering import feeds

        return feeds.activities_calendar(request, self)
