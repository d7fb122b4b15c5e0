"""The initiatives app: the policy's flower (petals and initiatives) and the citizens' tools built
on it - local councils, funding-pool guidance and the activities calendar."""

from .common import COPENHAGEN, InitiativeLink, local_datetime, local_now, local_today
from .councils import (
    LocalArea,
    LocalCouncilContact,
    LocalCouncilIndexPage,
    LocalCouncilInitiative,
    LocalCouncilMeeting,
    LocalCouncilPage,
    PartnershipStatus,
)
from .events import EventIndexPage, EventInitiative, EventPage
from .flower import InitiativePage, InitiativeRelatedLink, InitiativeStatus, PetalPage
from .forms import FormField, FormPage
from .funding import (
    ApplicantCode,
    ApplicantType,
    DeadlineStatus,
    FundingDeadline,
    FundingGuideInitiative,
    FundingGuidePage,
    FundingPoolIndexPage,
    FundingPoolInitiative,
    FundingPoolPage,
    FundingPurpose,
    PurposeCode,
    TimingCode,
)
from .registrations import EventRegistration, RegistrationStatus

__all__ = [
    "COPENHAGEN",
    "ApplicantCode",
    "ApplicantType",
    "DeadlineStatus",
    "EventIndexPage",
    "EventInitiative",
    "EventPage",
    "EventRegistration",
    "FormField",
    "FormPage",
    "FundingDeadline",
    "FundingGuideInitiative",
    "FundingGuidePage",
    "FundingPoolIndexPage",
    "FundingPoolInitiative",
    "FundingPoolPage",
    "FundingPurpose",
    "InitiativeLink",
    "InitiativePage",
    "InitiativeRelatedLink",
    "InitiativeStatus",
    "LocalArea",
    "LocalCouncilContact",
    "LocalCouncilIndexPage",
    "LocalCouncilInitiative",
    "LocalCouncilMeeting",
    "LocalCouncilPage",
    "PartnershipStatus",
    "PetalPage",
    "PurposeCode",
    "RegistrationStatus",
    "TimingCode",
    "local_datetime",
    "local_now",
    "local_today",
]
