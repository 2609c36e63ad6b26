"""The editorial roles and the review workflow every installation starts with.

Educators write and submit; Reviewers approve and publish. Runs after every `migrate`
(and after test-database flushes), so it must stay idempotent.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _

EDUCATORS = "Educators"
REVIEWERS = "Reviewers"
WORKFLOW_NAME = "Educator review"
TASK_NAME = "Reviewer approval"

# Wagtail checks image and document permissions per collection, not on the group alone:
# these are granted on the root collection, so they cover every collection.
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
ADMIN_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *COLLECTION_PERMISSIONS,
    # Educators issue certificates, revoke them and correct names (certificates admin).
    ("certificates", "view_certificate"),
    ("certificates", "add_certificate"),
    ("certificates", "change_certificate"),
    ("certificates", "view_certificatetemplate"),
]
# What only some groups get on top: reviewers also look after the certificate templates.
EXTRA_PERMISSIONS = {
    EDUCATORS: [],
    REVIEWERS: [
        ("certificates", "add_certificatetemplate"),
        ("certificates", "change_certificatetemplate"),
    ],
}
PAGE_PERMISSIONS = {
    EDUCATORS: ["add_page", "change_page"],
    REVIEWERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_editorial_roles(*, apps=None, using="default", **kwargs):
    """Create the Educators and Reviewers groups and attach the review workflow to the tree."""
    from django.apps import apps as global_apps
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    root = Page.get_first_root_node()
    if root is None:
        return

    groups = {}
    for name, page_codenames in PAGE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = [*ADMIN_PERMISSIONS, *EXTRA_PERMISSIONS[name]]
        group.permissions.add(*(_permission(app, codename) for app, codename in wanted))
        for codename in page_codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=_permission("wagtailcore", codename)
            )
        collection = Collection.get_first_root_node()
        for app, codename in COLLECTION_PERMISSIONS if collection else ():
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(app, codename)
            )
        groups[name] = group

    workflow, _created = Workflow.objects.get_or_create(name=str(_(WORKFLOW_NAME)))
    task = GroupApprovalTask.objects.filter(name=str(_(TASK_NAME))).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=str(_(TASK_NAME)))
    task.groups.add(groups[REVIEWERS])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
