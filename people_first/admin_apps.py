from django.contrib.admin.apps import AdminConfig


class CampaignAdminConfig(AdminConfig):
    default_site = "people_first.admin_site.CampaignAdminSite"
