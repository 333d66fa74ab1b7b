"""Quotations get a source and a date; key figures become a number (each language
formats it) and a suffix; the appeal gets an optional commitment about the signatures
and the coalition's size; ShippedContent records what load_initial_content wrote.

A key figure's text such as "16,000+" or "16\u202f000+" becomes value 16000 and suffix
"+"; a text that does not start with digits keeps its first characters in the suffix,
with value 0, for staff to fix (the initial content has none)."""

import re

from django.db import migrations, models

NUMBER = re.compile(r"^\s*(\d[\d\s,.\u00a0\u202f]*)(.*)$", re.S)


def split_number(text):
    """Split "16,000+" into (16000, "+"): digits grouped by commas, dots or any space."""
    match = NUMBER.match(text or "")
    if not match:
        return 0, (text or "").strip()[:10]
    return int(re.sub(r"\D", "", match[1])), match[2].strip()[:10]


def number_to_value(apps, schema_editor):
    KeyFigure = apps.get_model("campaign", "KeyFigure")
    for figure in KeyFigure.objects.all():
        figure.value, figure.suffix = split_number(figure.number)
        figure.save(update_fields=["value", "suffix"])


def value_to_number(apps, schema_editor):
    KeyFigure = apps.get_model("campaign", "KeyFigure")
    for figure in KeyFigure.objects.all():
        figure.number = f"{figure.value:,}{figure.suffix}"
        figure.save(update_fields=["number"])


class Migration(migrations.Migration):
    dependencies = [
        ("campaign", "0003_encrypted_requests"),
    ]

    operations = [
        migrations.CreateModel(
            name="ShippedContent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.SlugField(max_length=80, unique=True)),
                ("model", models.CharField(max_length=80)),
                ("object_id", models.PositiveIntegerField(null=True)),
                ("hashes", models.JSONField(default=dict)),
                ("updated_at", models.DateTimeField(auto_now=True)),
            ],
        ),
        migrations.AddField(
            model_name="appeal",
            name="coalition_size",
            field=models.PositiveIntegerField(
                blank=True,
                help_text="The campaign's latest count, as in the key figures. While fewer organisations are listed, the endorsers page says that its list is a selection.",
                null=True,
                verbose_name="organisations in the coalition",
            ),
        ),
        migrations.AddField(
            model_name="appeal",
            name="commitment",
            field=models.TextField(
                blank=True,
                help_text="Only a commitment the campaign has really made, for example to whom and when the signatures will be handed over. Shown under the appeal. Leave it empty and the site promises nothing.",
                verbose_name="what happens to the signatures",
            ),
        ),
        migrations.AddField(
            model_name="appeal",
            name="commitment_en",
            field=models.TextField(
                blank=True,
                help_text="Only a commitment the campaign has really made, for example to whom and when the signatures will be handed over. Shown under the appeal. Leave it empty and the site promises nothing.",
                null=True,
                verbose_name="what happens to the signatures",
            ),
        ),
        migrations.AddField(
            model_name="appeal",
            name="commitment_ru",
            field=models.TextField(
                blank=True,
                help_text="Only a commitment the campaign has really made, for example to whom and when the signatures will be handed over. Shown under the appeal. Leave it empty and the site promises nothing.",
                null=True,
                verbose_name="what happens to the signatures",
            ),
        ),
        migrations.AddField(
            model_name="appeal",
            name="commitment_uk",
            field=models.TextField(
                blank=True,
                help_text="Only a commitment the campaign has really made, for example to whom and when the signatures will be handed over. Shown under the appeal. Leave it empty and the site promises nothing.",
                null=True,
                verbose_name="what happens to the signatures",
            ),
        ),
        migrations.AddField(
            model_name="keyfigure",
            name="suffix",
            field=models.CharField(
                blank=True,
                help_text='For example "+" for "more than".',
                max_length=10,
                verbose_name="after the number",
            ),
        ),
        migrations.AddField(
            model_name="keyfigure",
            name="value",
            field=models.PositiveBigIntegerField(null=True),
        ),
        migrations.RunPython(number_to_value, value_to_number),
        migrations.AlterField(
            model_name="keyfigure",
            name="value",
            field=models.PositiveBigIntegerField(
                help_text="Digits only, for example 16000: each language shows it in its own way (16,000 in English, 16 000 in Ukrainian and Russian).",
                verbose_name="number",
            ),
        ),
        migrations.RemoveField(
            model_name="keyfigure",
            name="number",
        ),
        migrations.AddField(
            model_name="statement",
            name="date",
            field=models.DateField(
                help_text="When the words were said or published.", null=True, verbose_name="date"
            ),
        ),
        migrations.AddField(
            model_name="statement",
            name="source",
            field=models.CharField(
                default="",
                help_text="Where these words were said or written: the interview, speech, article or statement, with who published it.",
                max_length=300,
                verbose_name="source",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="statement",
            name="source_en",
            field=models.CharField(
                help_text="Where these words were said or written: the interview, speech, article or statement, with who published it.",
                max_length=300,
                null=True,
                verbose_name="source",
            ),
        ),
        migrations.AddField(
            model_name="statement",
            name="source_ru",
            field=models.CharField(
                help_text="Where these words were said or written: the interview, speech, article or statement, with who published it.",
                max_length=300,
                null=True,
                verbose_name="source",
            ),
        ),
        migrations.AddField(
            model_name="statement",
            name="source_uk",
            field=models.CharField(
                help_text="Where these words were said or written: the interview, speech, article or statement, with who published it.",
                max_length=300,
                null=True,
                verbose_name="source",
            ),
        ),
        migrations.AddField(
            model_name="statement",
            name="source_url",
            field=models.URLField(blank=True, max_length=500, verbose_name="link to the source"),
        ),
        migrations.AlterField(
            model_name="endorser",
            name="kind",
            field=models.CharField(
                choices=[
                    ("organisation", "Organisation"),
                    ("nobel", "Nobel Peace Prize laureate"),
                    ("un", "UN expert"),
                    ("individual", "Individual"),
                ],
                default="organisation",
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AlterField(
            model_name="statement",
            name="text",
            field=models.TextField(
                help_text="Their exact words, as published: no summary, no paraphrase.",
                verbose_name="text",
            ),
        ),
        migrations.AlterField(
            model_name="statement",
            name="text_en",
            field=models.TextField(
                help_text="Their exact words, as published: no summary, no paraphrase.",
                null=True,
                verbose_name="text",
            ),
        ),
        migrations.AlterField(
            model_name="statement",
            name="text_ru",
            field=models.TextField(
                help_text="Their exact words, as published: no summary, no paraphrase.",
                null=True,
                verbose_name="text",
            ),
        ),
        migrations.AlterField(
            model_name="statement",
            name="text_uk",
            field=models.TextField(
                help_text="Their exact words, as published: no summary, no paraphrase.",
                null=True,
                verbose_name="text",
            ),
        ),
    ]
