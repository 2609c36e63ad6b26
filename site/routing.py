"""Resolve a page URL in one lookup instead of one query per path segment."""

from wagtail.models import Page


class DirectRoutingMixin:
    """For a site root page: find the deepest page whose url_path prefixes the request path.

    Wagtail's default routing walks the tree one child query per URL segment, so deep lesson
    URLs cost more queries than shallow ones. The result is identical: the matched page then
    routes the remaining segments itself (sub-routes such as a lesson's check/<id>/), and a
    page that is not live is still a 404.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        candidates = [
            self.url_path + "/".join(path_components[:length]) + "/"
            for length in range(1, len(path_components) + 1)
        ]
        match = (
            Page.objects.filter(url_path__in=candidates, path__startswith=self.path)
            .order_by("-depth")
            .specific()
            .first()
        )
        if match is None:
            return super().route(request, path_components)
        return match.route(request, path_components[match.depth - self.depth :])
