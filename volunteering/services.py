"""What happens to a post: every change of state in one place, each written to Wagtail's audit
log and each followed (never preceded) by its e-mail.

Every function saves first and queues e-mail after: e-mail goes into the site's one stored
outbox (django-mailer, haderslev_site/public_forms.py), in the same database, and
`manage.py outbox` delivers it with retries. An e-mail that cannot even be queued is logged
(without addresses) and never undoes what was saved.
"""

import base64
import binascii
import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.log_actions import log

from .models import MeetingPlacePage, MeetingPlaceSettings, Post, PostFlag, PostStatus

logger = logging.getLogger("volunteering")

MODERATORS_GROUP = "Frivillige moderatorer"
_CONFIRM_SALT = "volunteering.confirm"


# --- Links --------------------------------------------------------------------------------------


def confirmation_token(post: Post) -> str:
    """A signed, expiring token naming the post and a piece of its private key (so a token made
    for a deleted and re-used id can never confirm another post)."""
    signed = signing.dumps({"p": post.pk, "k": post.manage_key[:8]}, salt=_CONFIRM_SALT)
    # Page paths take letters, digits, "-" and "_" only (site/urls.py): no ":" separators.
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def post_for_token(token: str) -> Post | None:
    """The post a confirmation token names, or None (bad, expired or for a deleted post)."""
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        data = signing.loads(
            signed, salt=_CONFIRM_SALT, max_age=settings.VOLUNTEERING_CONFIRM_HOURS * 3600
        )
        post_id, key = int(data["p"]), str(data["k"])
    except (signing.BadSignature, KeyError, TypeError, ValueError, binascii.Error):
        return None
    post = Post.objects.filter(pk=post_id).first()
    if post is None or not post.manage_key.startswith(key):
        return None
    return post


def meeting_place(language: str | None = None) -> MeetingPlacePage | None:
    """The meeting place's front page in `language` (Danish if it is not translated)."""
    pages = MeetingPlacePage.objects.live().select_related("locale")
    pages = sorted(pages, key=lambda page: page.locale.language_code != settings.LANGUAGE_CODE)
    for page in pages:
        if page.locale.language_code == language:
            return page
    return pages[0] if pages else None


def links_for(post: Post) -> dict:
    page = meeting_place(post.language)
    if page is None:
        return {}
    return {
        "post_url": page.full_route_url("post", post.pk),
        "manage_url": page.full_route_url("manage", post.pk, post.manage_key),
        "confirm_url": page.full_route_url("confirm", confirmation_token(post)),
        "site_name": page.title,
    }


# --- E-mail -------------------------------------------------------------------------------------


def _send(template: str, to: list[str], context: dict, language: str, reply_to=None) -> None:
    """Queue one plain-text e-mail in the outbox, written in `language`."""
    with translation.override(language):
        subject = render_to_string(f"volunteering/emails/{template}_subject.txt", context)
        body = render_to_string(f"volunteering/emails/{template}.txt", context)
    message = EmailMessage(
        " ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, to, reply_to=reply_to
    )
    try:
        message.send()
    except Exception:
        # Never undo what was saved; the log names the kind of message, never an address.
        logger.exception("could not queue the meeting place e-mail %s", template)


def _to_poster(post: Post, template: str, **extra) -> None:
    context = {"post": post, **links_for(post), **extra}
    _send(template, [post.poster_email], context, post.language)


def moderator_addresses() -> list[str]:
    users = (
        get_user_model()
        .objects.filter(groups__name=MODERATORS_GROUP, is_active=True)
        .exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def _to_moderators(post: Post, template: str, **extra) -> None:
    addresses = moderator_addresses()
    if not addresses:
        return
    from django.urls import reverse

    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "volunteering_post:moderate", args=[post.pk]
    )
    context = {"post": post, "admin_url": admin_url, **extra}
    # One message, the moderators as blind copies: they do not see each other's addresses.
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"volunteering/emails/{template}_subject.txt", context)
        body = render_to_string(f"volunteering/emails/{template}.txt", context)
    message = EmailMessage(
        " ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, [], bcc=addresses
    )
    try:
        message.send()
    except Exception:
        logger.exception("could not queue the moderators' e-mail %s", template)


# --- The poster's journey -----------------------------------------------------------------------


def store_new(post: Post, categories) -> Post:
    """Store a new post as unconfirmed, in the caller's transaction if there is one. Send the
    confirmation link (`send_confirmation`) once it is committed."""
    with transaction.atomic():
        post.status = PostStatus.UNCONFIRMED
        post.save()
        post.categories.set(categories)
        log(post, "volunteering.submit")
    return post


def send_confirmation(post: Post) -> None:
    """Queue the confirmation link for a stored new post."""
    _to_poster(post, "confirm", hours=settings.VOLUNTEERING_CONFIRM_HOURS)


def confirm(post: Post) -> bool:
    """Move an unconfirmed post to the moderation queue; False if it was confirmed before."""
    with transaction.atomic():
        updated = Post.objects.filter(pk=post.pk, status=PostStatus.UNCONFIRMED).update(
            status=PostStatus.PENDING, confirmed_at=timezone.now()
        )
        if not updated:
            return False
        post.refresh_from_db()
        log(post, "volunteering.confirm")
    _to_moderators(post, "moderators_new")
    return True


def edit_by_poster(post: Post, categories) -> None:
    """The poster changed their post: it goes back to the moderators (unless not yet confirmed)."""
    with transaction.atomic():
        if post.status in (PostStatus.PUBLISHED, PostStatus.HIDDEN, PostStatus.PENDING):
            post.status = PostStatus.PENDING
        post.save()
        post.categories.set(categories)
        log(post, "volunteering.poster_edit")
    if post.status == PostStatus.PENDING:
        _to_moderators(post, "moderators_new")


def renew(post: Post) -> bool:
    """Another period for a published or expired post; False if it cannot be renewed."""
    if post.status not in (PostStatus.PUBLISHED, PostStatus.EXPIRED):
        return False
    with transaction.atomic():
        post.status = PostStatus.PUBLISHED
        post.expires_at = post.compute_expiry()
        post.reminder_sent_at = None
        post.ended_at = None
        post.save()
        log(post, "volunteering.renew")
    return True


def withdraw(post: Post) -> None:
    with transaction.atomic():
        post.end(PostStatus.WITHDRAWN)
        post.save()
        log(post, "volunteering.withdraw")


def delete_all_data(post: Post) -> None:
    """The poster deletes the post with everything it holds (flags too); the audit log keeps
    only that it happened."""
    with transaction.atomic():
        log(post, "volunteering.delete_by_poster")
        post.delete()


# --- Moderation ---------------------------------------------------------------------------------


def approve(post: Post, user) -> None:
    with transaction.atomic():
        now = timezone.now()
        post.status = PostStatus.PUBLISHED
        post.published_at = post.published_at or now
        if post.expires_at is None or post.expires_at <= now:
            post.expires_at = post.compute_expiry(now)
        post.hidden_by_flags = False
        post.ended_at = None
        post.rejection_reason = ""
        post.save()
        post.flags.update(handled=True)
        log(post, "volunteering.approve", user=user)
    _to_poster(post, "approved")


def reject(post: Post, user, reason: str) -> None:
    with transaction.atomic():
        post.end(PostStatus.REJECTED)
        post.rejection_reason = reason
        post.save()
        post.flags.update(handled=True)
        log(post, "volunteering.reject", user=user)
    _to_poster(post, "rejected", reason=reason)


def hide(post: Post, user) -> None:
    with transaction.atomic():
        post.status = PostStatus.HIDDEN
        post.save()
        log(post, "volunteering.hide", user=user)


# --- Readers ------------------------------------------------------------------------------------


def relay_answer(post: Post, name: str, email: str, message: str) -> None:
    """A reader's message to the poster: to the poster's address, which the reader never sees,
    with the reader's address as Reply-To (the poster decides whether to answer)."""
    context = {"post": post, "name": name, "email": email, "message": message, **links_for(post)}
    _send("answer", [post.poster_email], context, post.language, reply_to=[email])


def flag(post: Post, reason: str) -> bool:
    """Store a report; hide the post once it has the editors' number of open reports. Returns
    whether this report hid it."""
    threshold = MeetingPlaceSettings.load().flags_to_hide
    with transaction.atomic():
        PostFlag.objects.create(post=post, reason=reason)
        open_flags = post.flags.filter(handled=False).count()
        hid = post.status == PostStatus.PUBLISHED and threshold > 0 and open_flags >= threshold
        if hid:
            post.status = PostStatus.HIDDEN
            post.hidden_by_flags = True
            post.save(update_fields=["status", "hidden_by_flags"])
        log(post, "volunteering.flag")
    _to_moderators(post, "moderators_flag", reason=reason, open_flags=open_flags, hidden=hid)
    return hid


# --- Every day (manage.py meeting_place_daily) --------------------------------------------------


def expire_posts(now=None) -> int:
    now = now or timezone.now()
    count = 0
    for post in Post.objects.filter(status=PostStatus.PUBLISHED, expires_at__lte=now):
        with transaction.atomic():
            post.end(PostStatus.EXPIRED)
            post.save()
            log(post, "volunteering.expire")
        count += 1
    return count


def send_reminders(now=None) -> int:
    now = now or timezone.now()
    days = MeetingPlaceSettings.load().reminder_days
    due = Post.objects.filter(
        status=PostStatus.PUBLISHED,
        reminder_sent_at__isnull=True,
        expires_at__gt=now,
        expires_at__lte=now + timedelta(days=days),
    )
    count = 0
    for post in due:
        # Marked first (committed), then queued: a rerun never sends it twice.
        Post.objects.filter(pk=post.pk).update(reminder_sent_at=now)
        _to_poster(post, "reminder")
        count += 1
    return count


def purge_personal_data(now=None) -> int:
    """Delete posts that ended (expired, withdrawn, rejected) more than the retention period
    ago, and unconfirmed posts whose link has long expired: with them the name, the e-mail
    address and everything else they hold."""
    now = now or timezone.now()
    days = MeetingPlaceSettings.load().retention_days
    cutoff = now - timedelta(days=days)
    from .models import ENDED_STATUSES

    ended = Post.objects.filter(status__in=ENDED_STATUSES, ended_at__lte=cutoff)
    unconfirmed = Post.objects.filter(
        status=PostStatus.UNCONFIRMED,
        created_at__lte=min(cutoff, now - timedelta(hours=settings.VOLUNTEERING_CONFIRM_HOURS)),
    )
    count = 0
    for queryset in (ended, unconfirmed):
        for post in queryset:
            with transaction.atomic():
                log(post, "volunteering.purge")
                post.delete()
            count += 1
    return count
