"""The meeting place in the Wagtail admin: the moderation queue, the categories, the audit log.

"Frivilligbørsen" in the admin menu holds the posts (a ModelViewSet whose list opens each post's
moderation page: approve, reject with a reason, hide, edit) and the categories (a translatable
snippet). Every moderation action, and every step of a poster's journey, is written to Wagtail's
audit log under its own action (registered below), so "Historik" shows who did what and when.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import services
from .forms import RejectForm
from .models import Category, Post, PostKind, PostStatus


class PostFilterSet(WagtailFilterSet):
    status = ChoiceFilter(label=_("Status"), choices=PostStatus.choices)
    kind = ChoiceFilter(label=_("Slags opslag"), choices=PostKind.choices)

    class Meta:
        model = Post
        fields = ["status", "kind"]


class PostIndexView(IndexView):
    def get_edit_url(self, instance):
        # A post's title leads to its moderation page (the edit form is one click further).
        if self.user_has_permission("change"):
            return reverse("volunteering_post:moderate", args=[instance.pk])
        return None


class PostViewSet(ModelViewSet):
    model = Post
    icon = "group"
    menu_label = _("Frivilligbørsen")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = PostIndexView
    filterset_class = PostFilterSet
    list_display = ["title", "kind", "status", "created_at", "expires_at"]
    search_fields = ["title", "text", "association"]
    copy_view_enabled = False
    # The poster's name and e-mail are not in the form: moderators edit what readers see.
    form_fields = [
        "kind",
        "title",
        "text",
        "area",
        "categories",
        "starts_on",
        "ends_on",
        "association",
        "language",
        "expires_at",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("moderate/<int:pk>/", self.moderate_view, name="moderate"),
        ]

    def moderate_view(self, request, pk):
        return moderate(request, pk, self)


def moderate(request, pk, viewset):
    """One post for a moderator: its text, where and when, reports; approve, reject, hide."""
    if not viewset.permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    post = get_object_or_404(Post.objects.select_related("area"), pk=pk)
    reject_form = RejectForm(request.POST if request.POST.get("action") == "reject" else None)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "approve" and post.status in (
            PostStatus.PENDING,
            PostStatus.HIDDEN,
            PostStatus.PUBLISHED,
        ):
            services.approve(post, request.user)
            messages.success(request, _("Opslaget er godkendt og vises nu."))
            return redirect("volunteering_post:moderate", pk)
        if action == "hide" and post.status == PostStatus.PUBLISHED:
            services.hide(post, request.user)
            messages.success(request, _("Opslaget er skjult."))
            return redirect("volunteering_post:moderate", pk)
        if action == "reject" and reject_form.is_valid():
            services.reject(post, request.user, reject_form.cleaned_data["reason"])
            messages.success(
                request, _("Opslaget er afvist, og opslagsgiveren har fået begrundelsen.")
            )
            return redirect("volunteering_post:moderate", pk)
        if action != "reject":
            messages.error(request, _("Det kan ikke lade sig gøre med opslaget, som det står nu."))
    return TemplateResponse(
        request,
        "volunteering/admin/moderate.html",
        {
            "post": post,
            "flags": post.flags.all(),
            "reject_form": reject_form,
            "edit_url": reverse("volunteering_post:edit", args=[post.pk]),
            "history_url": reverse("volunteering_post:history", args=[post.pk]),
            "index_url": reverse("volunteering_post:index"),
            "can_approve": post.status
            in (PostStatus.PENDING, PostStatus.HIDDEN, PostStatus.PUBLISHED),
            "can_hide": post.status == PostStatus.PUBLISHED,
            "can_reject": post.status
            in (PostStatus.PENDING, PostStatus.HIDDEN, PostStatus.PUBLISHED),
        },
    )


class CategoryViewSet(SnippetViewSet):
    """Under Snippets, translatable like the other snippets (wagtail-localize)."""

    model = Category
    icon = "tag"
    menu_label = _("Frivilligbørsens kategorier")
    list_display = ["name", "slug"]


register_snippet(CategoryViewSet)


@hooks.register("register_admin_viewset")
def register_posts():
    return PostViewSet("volunteering_post")


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "volunteering.submit", _("Opslag skrevet"), _("Opslag skrevet (ikke bekræftet)")
    )
    actions.register_action(
        "volunteering.confirm", _("Opslag bekræftet"), _("Bekræftet af opslagsgiveren")
    )
    actions.register_action(
        "volunteering.approve", _("Opslag godkendt"), _("Godkendt og offentliggjort")
    )
    actions.register_action("volunteering.reject", _("Opslag afvist"), _("Afvist med begrundelse"))
    actions.register_action("volunteering.hide", _("Opslag skjult"), _("Skjult af en moderator"))
    actions.register_action("volunteering.flag", _("Opslag anmeldt"), _("Anmeldt af en læser"))
    actions.register_action(
        "volunteering.poster_edit",
        _("Opslag rettet af opslagsgiveren"),
        _("Rettet af opslagsgiveren"),
    )
    actions.register_action(
        "volunteering.renew", _("Opslag fornyet"), _("Fornyet af opslagsgiveren")
    )
    actions.register_action(
        "volunteering.withdraw", _("Opslag trukket tilbage"), _("Trukket tilbage af opslagsgiveren")
    )
    actions.register_action(
        "volunteering.delete_by_poster",
        _("Opslag slettet af opslagsgiveren"),
        _("Slettet med alle oplysninger af opslagsgiveren"),
    )
    actions.register_action("volunteering.expire", _("Opslag udløbet"), _("Udløbet"))
    actions.register_action(
        "volunteering.purge",
        _("Opslag slettet efter opbevaringsperioden"),
        _("Slettet efter opbevaringsperioden"),
    )


@hooks.register("site_search_extra_results")
def posts_in_site_search(request, query, locale):
    """The site search (search/) also finds published posts written in the reader's language:
    every word in the title, text or association; the five newest; nothing personal."""
    from urllib.parse import urlencode

    from django.db.models import Q
    from django.utils.text import Truncator
    from django.utils.translation import gettext as gettext_now

    words = list(query.terms)[:8]
    if not words:
        return None
    posts = Post.objects.public().filter(language=locale.language_code)
    for word in words:
        posts = posts.filter(
            Q(title__icontains=word) | Q(text__icontains=word) | Q(association__icontains=word)
        )
    posts = list(posts.order_by("-published_at", "-pk")[:5])
    page = services.meeting_place(locale.language_code)
    if not posts or page is None:
        return None
    return {
        "heading": gettext_now("Opslag på %(site)s") % {"site": page.title},
        "results": [
            {
                "title": post.title,
                "url": page.route_url("post", post.pk, request=request),
                "excerpt": Truncator(post.text).words(30),
                "lang": post.language,
            }
            for post in posts
        ],
        "more_url": page.route_url("list", request=request)
        + "?"
        + urlencode({"q": " ".join(words)}),
        "more_label": gettext_now("Se alle opslag, der passer"),
    }
