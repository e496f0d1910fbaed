"""Loading the images of many objects at once."""

from .models import CustomImage


def prefetch_page_images(pages):
    """Load the ``image`` of many (specific) pages in one query, renditions included."""
    pages = list(pages)
    image_ids = {page.image_id for page in pages if getattr(page, "image_id", None)}
    if image_ids:
        images = CustomImage.objects.filter(pk__in=image_ids).prefetch_renditions()
        by_id = {image.pk: image for image in images}
        for page in pages:
            if getattr(page, "image_id", None) in by_id:
                page.image = by_id[page.image_id]
    return pages
