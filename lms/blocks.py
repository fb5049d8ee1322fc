"""The one block library every page's body is built from (bakerydemo's BaseStreamBlock pattern)."""

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading (h2)"), ("h3", "Sub-heading (h3)")], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = "A section heading. Start at h2 and do not skip a level."


class InsetBlock(blocks.RichTextBlock):
    class Meta:
        icon = "openquote"
        template = "blocks/inset.html"
        description = "Inset text: a key point or quotation set apart from the text around it."


class LabelledCharBlock(blocks.CharBlock):
    """A text box that is a stream's child on its own. Wagtail's editor shows the block's name in
    the block's header but gives the box no <label>, so screen readers (and axe-core) find an
    unlabelled field; `accessible_name` names it. The widget's attributes are not part of the
    block's definition in migrations."""

    accessible_name = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.accessible_name:
            self.field.widget.attrs["aria-label"] = self.accessible_name


class WarningBlock(LabelledCharBlock):
    accessible_name = "Warning text"

    class Meta:
        icon = "warning"
        template = "blocks/warning.html"
        description = "Warning text for something people must do, such as calling 999."


class AccessibleTableBlock(TableBlock):
    """A table with a caption and header cells, rendered as a GOV.UK table."""

    class Meta:
        icon = "table"
        template = "blocks/table.html"
        description = "A data table. Give it a caption; mark the first row and column as headers."


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(max_length=120, help_text="Who said it, e.g. 'Young person, aged 14'.")

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = "A lived-experience quote from a child, young person or parent."


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(max_length=120)
    content = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "collapse-down"
        template = "blocks/details.html"
        description = "An expandable section for detail most readers will not need."


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    description = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        description = "A downloadable document with its type and size."


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text="Describe the image for people who cannot see it. Leave empty if it is decorative.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = "An image with alternative text and an optional caption."


class SourceBlock(LabelledCharBlock):
    accessible_name = "Sources"

    class Meta:
        icon = "link"
        template = "blocks/source.html"
        description = "The sources the content above draws on, shown as 'Source: …'."


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, template="blocks/paragraph.html", icon="pilcrow"
    )
    inset = InsetBlock(features=RICH_TEXT_FEATURES)
    warning = WarningBlock()
    table = AccessibleTableBlock()
    quote = QuoteBlock()
    details = DetailsBlock()
    document = DocumentBlock()
    image = ImageBlock()
    source = SourceBlock()
