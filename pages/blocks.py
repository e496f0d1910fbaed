"""StreamField blocks for page bodies: a small set that covers the cooperative's stories."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from impact.blocks import ImpactFiguresBlock

BODY_HELP_TEXT = _(
    "The text of the page in this language: paragraphs, headings, images, quotes, impact "
    "figures and calls to action. Each language has its own body; link documents (annual "
    "reports, certificates) from a paragraph."
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use sub-headings only under a section heading."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=250,
        help_text=_("Shown under the image. The alternative text comes from the image itself."),
    )
    wide = blocks.BooleanBlock(label=_("Full width"), required=False, default=False)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "components/blocks/captioned_image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=160,
        help_text=_("Name and role, e.g. a producer from Huallaga."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote_block.html"


class CallToActionStructValue(blocks.StructValue):
    def url(self):
        """The chosen page's URL in the active language, else the external link."""
        page = self.get("page")
        if page:
            return page.url
        return self.get("external_url") or ""

    def is_external(self):
        return not self.get("page") and bool(self.get("external_url"))


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), required=False, max_length=250)
    label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(
        label=_("External link"),
        required=False,
        help_text=_("Used only when no page is chosen."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("external_url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(
                        _("Choose a page or enter an external link.")
                    )
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "components/blocks/call_to_action_block.html"
        value_class = CallToActionStructValue


class BodyStoryBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="components/blocks/paragraph_block.html",
        icon="pilcrow",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    impact_figures = ImpactFiguresBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        required = False
