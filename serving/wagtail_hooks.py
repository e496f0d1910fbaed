from wagtail import hooks


@hooks.register("before_serve_page")
def mark_page_cacheable(page, request, serve_args, serve_kwargs):
    """Only responses of live pages served to visitors may enter the page cache."""
    if not getattr(request, "is_preview", False) and page.live:
        request._page_cacheable = True
