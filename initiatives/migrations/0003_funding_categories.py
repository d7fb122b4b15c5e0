"""The fixed categories the funding filter and guide use (labels come from the code's choices)."""

from django.db import migrations

APPLICANT_CODES = [
    "association",
    "citizen_group",
    "local_community",
    "institution",
    "village_hall",
    "owner",
]
PURPOSE_CODES = ["social", "community", "activities", "facilities", "townscape"]


def create_categories(apps, schema_editor):
    for model_name, codes in (
        ("ApplicantType", APPLICANT_CODES),
        ("FundingPurpose", PURPOSE_CODES),
    ):
        model = apps.get_model("initiatives", model_name)
        for sort_order, code in enumerate(codes):
            model.objects.update_or_create(code=code, defaults={"sort_order": sort_order})


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0002_citizens_tools")]

    operations = [migrations.RunPython(create_categories, migrations.RunPython.noop)]
