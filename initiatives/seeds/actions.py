"""Attach the external services ("Her kan du handle") to the pages where readers act.

Pools whose application goes through Conventus link to it; the volunteering initiatives to
FrivilligCenter Haderslev and the national volunteer job database; the roads initiative to
"Giv et praj"; every local council to the municipal plan's local areas. A page whose
"Her kan du handle" an editor has filled in is left alone.
"""

from home.seeding import SeedReport, source_locale
from initiatives.models import EventPage, FundingPoolPage, InitiativePage, LocalCouncilPage
from links import seed as services
from links.models import ExternalService

# (page type, slug or None for every page of the type, [service names])
ATTACHMENTS = [
    (FundingPoolPage, "paragraf-18-midler", [services.CONVENTUS]),
    (FundingPoolPage, "landdistriktspuljen", [services.CONVENTUS]),
    (FundingPoolPage, "facilitetspuljen", [services.CONVENTUS]),
    (FundingPoolPage, "tilskud-til-forsamlingshuse", [services.CONVENTUS]),
    (FundingPoolPage, "landsbyfornyelse", [services.CONVENTUS]),
    (InitiativePage, "faelles-opsyn-med-veje-og-parker", [services.GIV_ET_PRAJ]),
    (InitiativePage, "fysiske-moedesteder", [services.FRIVILLIGCENTER, services.FRIVILLIGJOB]),
    (InitiativePage, "internetbaseret-moedested", [services.FRIVILLIGJOB]),
    (EventPage, "frivilligfest", [services.FRIVILLIGCENTER]),
    (LocalCouncilPage, None, [services.KOMMUNEPLAN]),
]


def seed(report: SeedReport) -> None:
    locale = source_locale()
    by_name = {service.name: service for service in ExternalService.objects.filter(locale=locale)}
    for model, slug, names in ATTACHMENTS:
        pages = model.objects.filter(locale=locale)
        if slug is not None:
            pages = pages.filter(slug=slug)
        for page in pages:
            if page.action_links:
                report.add(False, f"{page.title}: her kan du handle")
                continue
            page.action_links = [("service", by_name[name]) for name in names if name in by_name]
            page.save_revision().publish()
            report.add(True, f"{page.title}: her kan du handle")
