"""Seed the external services named in the public facts (FACTS.md).

Real: Conventus for pool applications (conventus.dk), FrivilligCenter Haderslev
(frivilligcenter.dk), the national volunteer job database (frivilligjob.dk), the municipality's
plan (kommuneplan2021.haderslev.dk) and "Giv et praj" for reporting potholes. FACTS.md did not find
Giv et praj's own address: it links to haderslev.dk, unconfirmed, so the page says so and the
admin lists it as not confirmed until an editor has checked it.

Which page shows which service is seeded by the content apps (initiatives.seeds.actions).
"""

from home.seeding import SeedReport, ensure_snippet

from .models import ExternalService

CONVENTUS = "Conventus"
FRIVILLIGCENTER = "FrivilligCenter Haderslev"
FRIVILLIGJOB = "Frivilligjob.dk"
GIV_ET_PRAJ = "Giv et praj"
KOMMUNEPLAN = "Kommuneplan 2021"

SERVICES = [
    {
        "name": CONVENTUS,
        "url": "https://conventus.dk/",
        "action": (
            "Søg om puljemidler. Ansøgninger til flere af kommunens puljer sendes gennem "
            "foreningssystemet Conventus, hvor din forening udfylder ansøgningen."
        ),
        "operator": "Conventus, foreningssystemet som kommunen bruger til ansøgninger",
        "url_confirmed": True,
    },
    {
        "name": FRIVILLIGCENTER,
        "url": "https://frivilligcenter.dk/",
        "action": (
            "Bliv frivillig, eller find frivillige til din forening. FrivilligCenteret hjælper "
            "med at finde et frivilligt job, der passer til dig."
        ),
        "operator": "FrivilligCenter Haderslev og Selvhjælp Haderslev (forening)",
        "url_confirmed": True,
    },
    {
        "name": FRIVILLIGJOB,
        "url": "https://frivilligjob.dk/",
        "action": (
            "Søg blandt frivillige job i hele landet, eller slå et frivilligt job op for din "
            "forening."
        ),
        "operator": "Den landsdækkende database over frivillige job, som de frivillige centre henviser til",
        "url_confirmed": True,
    },
    {
        "name": GIV_ET_PRAJ,
        "url": "https://www.haderslev.dk/",
        "action": (
            "Meld huller i vejen, ujævne fortove, hærværk og lignende – med placering og "
            "eventuelt et foto."
        ),
        "operator": "Haderslev Kommune, Park og Vejdrift",
        "url_confirmed": False,
    },
    {
        "name": KOMMUNEPLAN,
        "url": "https://kommuneplan2021.haderslev.dk/",
        "action": "Se kommunens planer for dit lokalområde: kommuneplanen har 14 lokalområder.",
        "operator": "Haderslev Kommune",
        "url_confirmed": True,
    },
]


def seed(report: SeedReport) -> None:
    for data in SERVICES:
        fields = {key: value for key, value in data.items() if key != "name"}
        ensure_snippet(report, ExternalService, {"name": data["name"]}, **fields)


SEEDERS = [(15, seed)]

TRANSLATIONS = {
    "en": {
        CONVENTUS: "Conventus",
        FRIVILLIGCENTER: "FrivilligCenter Haderslev (volunteer centre)",
        FRIVILLIGJOB: "Frivilligjob.dk (volunteer jobs)",
        GIV_ET_PRAJ: "Giv et praj (report a problem)",
        KOMMUNEPLAN: "Municipal plan 2021",
        SERVICES[0]["action"]: (
            "Apply for funding. Applications to several of the municipality's pools go through "
            "the association system Conventus, where your association fills in the application."
        ),
        SERVICES[0]["operator"]: (
            "Conventus, the association system the municipality uses for applications"
        ),
        SERVICES[1]["action"]: (
            "Become a volunteer, or find volunteers for your association. The volunteer centre "
            "helps you find volunteer work that suits you."
        ),
        SERVICES[1]["operator"]: "FrivilligCenter Haderslev and Selvhjælp Haderslev (association)",
        SERVICES[2]["action"]: (
            "Search volunteer jobs all over Denmark, or advertise a volunteer job for your "
            "association."
        ),
        SERVICES[2]["operator"]: (
            "The national database of volunteer jobs that volunteer centres refer people to"
        ),
        SERVICES[3]["action"]: (
            "Report potholes, uneven pavements, vandalism and the like – with the location and, "
            "if you like, a photo."
        ),
        SERVICES[3]["operator"]: "Haderslev Kommune, Park og Vejdrift (roads and parks)",
        SERVICES[4]["action"]: (
            "See the municipality's plans for your local area: the municipal plan has 14 local "
            "areas."
        ),
        SERVICES[4]["operator"]: "Haderslev Kommune",
    }
}
