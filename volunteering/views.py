"""The meeting place's public views, routed by MeetingPlacePage (models/page.py).

The list and a post's page are cacheable for readers (no form, no cookie). Every view with a
form, and the private pages reached by a poster's link, are `private, no-store`, so the page
cache never keeps them (nor their CSRF token) and browsers do not store them. Any input, however
odd, ends in a page in the reader's language: an unknown post, a bad or expired link and
invalid filters are a 404 or a message, never an error.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from haderslev_site.public_forms import RATE_LIMITED_MESSAGE, first_submission, rate_limited
from home import chrome
from initiatives.models import LocalArea

from . import services
from .forms import AnswerForm, FilterForm, PostForm, ReportForm
from .models import Category, MeetingPlaceSettings, Post, PostKind, PostStatus

PER_PAGE = 20


def _private(response):
    add_never_cache_headers(response)
    return response


def localized_rows(request, model) -> list[tuple[str, str, str]]:
    """[(translation_key, slug, name)] of a translatable model in the reader's language (the
    Danish name where it is not translated), by name; cached with the site chrome."""
    language = get_language() or settings.LANGUAGE_CODE

    def compute():
        rows = {}
        for key, slug, name, code in model.objects.filter(
            locale__language_code__in=[settings.LANGUAGE_CODE, language]
        ).values_list("translation_key", "slug", "name", "locale__language_code"):
            if code == language or key not in rows:
                rows[key] = (str(key), slug, name)
        return sorted(rows.values(), key=lambda row: row[2].lower())

    return chrome.cached(request, f"volunteering-{model._meta.model_name}", [language], compute)


def decorate(request, posts):
    """Give each post its area's and categories' names in the reader's language."""
    areas = {key: name for key, _slug, name in localized_rows(request, LocalArea)}
    categories = {key: name for key, _slug, name in localized_rows(request, Category)}
    for post in posts:
        post.area_name = areas.get(str(post.area.translation_key)) if post.area else None
        post.category_names = [
            categories.get(str(category.translation_key), category.name)
            for category in post.categories.all()
        ]
    return posts


def public_posts():
    return (
        Post.objects.public()
        .select_related("area")
        .prefetch_related("categories")
        .order_by("-published_at", "-pk")
    )


def post_list(request, page):
    areas = localized_rows(request, LocalArea)
    categories = localized_rows(request, Category)
    form = FilterForm(
        request.GET or None,
        areas=[(slug, name) for _key, slug, name in areas],
        categories=[(slug, name) for _key, slug, name in categories],
    )
    filters = form.filters() if request.GET else {}
    posts = public_posts()
    if "kind" in filters:
        posts = posts.filter(kind=filters["kind"])
    if "omraade" in filters:
        posts = posts.filter(area__slug=filters["omraade"])
    if "kategori" in filters:
        posts = posts.filter(categories__slug=filters["kategori"])
    if "q" in filters:
        from django.db.models import Q

        words = filters["q"].split()[:8]
        for word in words:
            posts = posts.filter(
                Q(title__icontains=word) | Q(text__icontains=word) | Q(association__icontains=word)
            )
    page_obj = Paginator(posts, PER_PAGE).get_page(request.GET.get("page"))
    decorate(request, page_obj.object_list)
    return page.render(
        request,
        template="volunteering/post_list.html",
        context_overrides={
            "form": form,
            "filters": filters,
            "page_obj": page_obj,
            "posts": page_obj.object_list,
        },
    )


def _public_post(post_id):
    post = public_posts().filter(pk=post_id).first()
    if post is None:
        raise Http404
    return post


def json_ld(request, page, post):
    """schema.org data for an activity (an Event); offers and requests have no fitting type."""
    if post.kind != PostKind.ACTIVITY:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": post.title,
        "description": post.text,
        "url": request.build_absolute_uri(page.route_url("post", post.pk, request=request)),
        "inLanguage": post.language,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": post.area_name or _("Haderslev Kommune"),
            "address": {
                "@type": "PostalAddress",
                "addressRegion": "Haderslev Kommune",
                "addressCountry": "DK",
            },
        },
    }
    if post.starts_on:
        data["startDate"] = post.starts_on.isoformat()
    if post.ends_on:
        data["endDate"] = post.ends_on.isoformat()
    if post.association:
        data["organizer"] = {"@type": "Organization", "name": post.association}
    return data


def post_detail(request, page, post_id):
    post = decorate(request, [_public_post(post_id)])[0]
    return page.render(
        request,
        template="volunteering/post_detail.html",
        context_overrides={"post": post, "json_ld": json_ld(request, page, post)},
    )


def _form_page(request, page, template, **context):
    return _private(page.render(request, template=template, context_overrides=context))


def new_post(request, page):
    form = PostForm(request.POST or None, initial={"language": get_language()})
    if request.method == "POST" and form.is_valid():
        if form.is_robot:
            return HttpResponseRedirect(page.route_url("submitted", request=request))
        if rate_limited(
            request,
            "volunteering-post",
            settings.VOLUNTEERING_POST_RATE,
            email=form.cleaned_data["poster_email"],
        ):
            form.add_error(None, RATE_LIMITED_MESSAGE)
        else:
            post = form.save(commit=False)
            with transaction.atomic():
                # Stored once, however often the same shown form is sent (a double click, or
                # again after a server went away before answering: its idempotency key), and
                # once if the same post is written again in a new form within ten minutes.
                stored = first_submission(form, f"volunteering-post:{page.pk}") and not (
                    Post.objects.filter(
                        poster_email=post.poster_email,
                        title=post.title,
                        text=post.text,
                        created_at__gte=timezone.now() - timedelta(minutes=10),
                    ).exists()
                )
                if stored:
                    services.store_new(post, form.cleaned_data["categories"])
            if stored:
                services.send_confirmation(post)  # committed first: nothing lost if mail fails
            return HttpResponseRedirect(page.route_url("submitted", request=request))
    return _form_page(
        request,
        page,
        "volunteering/post_form.html",
        form=form,
        is_new=True,
        retention_days=MeetingPlaceSettings.load().retention_days,
    )


def submitted(request, page):
    return _form_page(request, page, "volunteering/message.html", message="submitted")


def confirm(request, page, token):
    post = services.post_for_token(token)
    if post is None:
        return _form_page(request, page, "volunteering/message.html", message="bad_link")
    if services.confirm(post):
        message = "confirmed"
    elif post.status == PostStatus.UNCONFIRMED:
        message = "bad_link"
    else:
        message = "already_confirmed"
    return _form_page(
        request,
        page,
        "volunteering/message.html",
        message=message,
        manage_url=page.route_url("manage", post.pk, post.manage_key, request=request),
    )


def _own_post(post_id, key):
    """The post a private link names; 404 for a wrong key (compared in constant time)."""
    post = Post.objects.filter(pk=post_id).select_related("area").first()
    if post is None or not secrets.compare_digest(post.manage_key, str(key)):
        raise Http404
    return post


MANAGE_ACTIONS = {"renew", "withdraw", "delete"}


def manage(request, page, post_id, key):
    post = _own_post(post_id, key)
    done = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "delete" and request.POST.get("confirm_delete") == "yes":
            services.delete_all_data(post)
            return _form_page(request, page, "volunteering/message.html", message="deleted")
        if action == "withdraw" and post.status not in (
            PostStatus.WITHDRAWN,
            PostStatus.REJECTED,
        ):
            services.withdraw(post)
            done = "withdrawn"
        elif action == "renew" and services.renew(post):
            done = "renewed"
        elif action in MANAGE_ACTIONS:
            done = "not_possible"
    decorate(request, [post])
    return _form_page(
        request,
        page,
        "volunteering/manage.html",
        post=post,
        done=done,
        can_renew=post.status in (PostStatus.PUBLISHED, PostStatus.EXPIRED),
        can_withdraw=post.status not in (PostStatus.WITHDRAWN, PostStatus.REJECTED),
        can_edit=post.status not in (PostStatus.WITHDRAWN, PostStatus.REJECTED),
        edit_url=page.route_url("edit", post.pk, post.manage_key, request=request),
        post_url=page.route_url("post", post.pk, request=request) if post.is_public else None,
    )


def edit(request, page, post_id, key):
    post = _own_post(post_id, key)
    if post.status in (PostStatus.WITHDRAWN, PostStatus.REJECTED):
        raise Http404
    form = PostForm(request.POST or None, instance=post, with_email=False)
    if request.method == "POST" and form.is_valid() and not form.is_robot:
        post = form.save(commit=False)
        services.edit_by_poster(post, form.cleaned_data["categories"])
        return _form_page(
            request,
            page,
            "volunteering/message.html",
            message="edited",
            manage_url=page.route_url("manage", post.pk, post.manage_key, request=request),
        )
    return _form_page(
        request,
        page,
        "volunteering/post_form.html",
        form=form,
        is_new=False,
        retention_days=MeetingPlaceSettings.load().retention_days,
    )


def answer(request, page, post_id):
    post = decorate(request, [_public_post(post_id)])[0]
    form = AnswerForm(request.POST or None)
    sent = False
    if request.method == "POST" and form.is_valid():
        if form.is_robot:
            sent = True
        elif rate_limited(
            request,
            "volunteering-answer",
            settings.VOLUNTEERING_ANSWER_RATE,
            email=form.cleaned_data["email"],
        ):
            form.add_error(None, RATE_LIMITED_MESSAGE)
        else:
            services.relay_answer(
                post, **{k: form.cleaned_data[k] for k in ("name", "email", "message")}
            )
            sent = True
    return _form_page(request, page, "volunteering/answer.html", post=post, form=form, sent=sent)


def report(request, page, post_id):
    post = decorate(request, [_public_post(post_id)])[0]
    form = ReportForm(request.POST or None)
    sent = False
    if request.method == "POST" and form.is_valid():
        if form.is_robot:
            sent = True
        elif rate_limited(request, "volunteering-report", settings.VOLUNTEERING_REPORT_RATE):
            form.add_error(None, RATE_LIMITED_MESSAGE)
        else:
            services.flag(post, form.cleaned_data["reason"])
            sent = True
    return _form_page(request, page, "volunteering/report.html", post=post, form=form, sent=sent)
