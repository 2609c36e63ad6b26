from django import template
from wagtail.models import Page, Site

from lms.selectors import site_nav_items

register = template.Library()


@register.inclusion_tag("includes/site_nav.html", takes_context=True)
def site_nav(context):
    """Top-level pages marked 'show in menus', for the header (cached until pages change)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = [
        {
            "title": title,
            "url": url,
            "state": "page"
            if current_path == path
            else "true"
            if current_path.startswith(path)
            else "",
        }
        for title, url, path in (site_nav_items(site) if site else [])
    ]
    return {"items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from home to the current page; reuses ancestors a view already loaded."""
    page = context.get("page")
    ancestors = context.get("breadcrumbs")
    if ancestors is None and isinstance(page, Page) and page.depth > 2:
        ancestors = list(
            page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "depth")
        )
    return {"breadcrumbs": ancestors, "page": page, "request": context.get("request")}
