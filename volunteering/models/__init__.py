from .page import MeetingPlacePage
from .posts import (
    ENDED_STATUSES,
    Category,
    MeetingPlaceSettings,
    Post,
    PostFlag,
    PostKind,
    PostStatus,
)

__all__ = [
    "ENDED_STATUSES",
    "Category",
    "MeetingPlacePage",
    "MeetingPlaceSettings",
    "Post",
    "PostFlag",
    "PostKind",
    "PostStatus",
]
