from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("includes/site_nav.html", takes_context=True)
def site_nav(context):
    """Top-level pages marked 'show in menus', for the header."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = []
    if site is not None:
        items = list(
            Page.objects.child_of(site.root_page)
            .live()
            .public()
            .in_menu()
            .only("id", "title", "url_path", "path")
        )
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    for item in items:
        item.nav_state = (
            "page" if current_path == item.path else "true" if current_path.startswith(item.path) else ""
        )
    return {"items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from home to the current page; reuses ancestors a view already loaded."""
    page = context.get("page")
    ancestors = context.get("breadcrumbs")
    if ancestors is None and isinstance(page, Page) and page.depth > 2:
        ancestors = list(page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "depth"))
    return {"breadcrumbs": ancestors, "page": page, "request": context.get("request")}
