"""Photos: checked on upload, stored under names of our choosing, and cut
into renditions once, when saved, never on a page view."""

import io
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
MIN_WIDTH = 320
QR_MIN_WIDTH = 150  # still scannable from a screen
# Detected format → the extension the stored file gets.
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
RENDITION_WIDTHS = (320, 640, 960, 1280)


NOT_AN_IMAGE = _("This file is not a photo we can use. Upload a JPEG, PNG or WebP image.")
UNREADABLE_ERRORS = (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError)


def inspect(file):
    """The image's format and size, read from its content, not its name."""
    file.seek(0)
    try:
        with Image.open(file) as image:
            image.verify()
            found = image.format, image.size
    except UNREADABLE_ERRORS as error:
        raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from error
    finally:
        file.seek(0)
    return found


def decode(file):
    """Reads the whole picture, as making renditions will: a file cut short
    (an upload broken off halfway) passes verify() and fails only here.
    JPEGs are decoded at an eighth of their size, which reads every byte of
    the data at a fraction of the memory."""
    file.seek(0)
    try:
        with Image.open(file) as image:
            image.draft("RGB", (image.width // 8, image.height // 8))
            image.load()
    except UNREADABLE_ERRORS as error:
        raise ValidationError(
            _(
                "This photo file is damaged or incomplete (perhaps its upload was cut "
                "short). Export it again and upload the new file."
            ),
            code="damaged",
        ) from error
    finally:
        file.seek(0)


def validate_image(file, min_width):
    if getattr(file, "_committed", False):
        # A photo already stored (its caption or credit is being edited): it
        # is checked as stored, from a file of its own.
        with file.open("rb"):
            check_image(file, min_width)
    else:
        check_image(file, min_width)


def check_image(file, min_width):
    if file.size > MAX_BYTES:
        raise ValidationError(
            _("The photo is larger than 10 MB. Export it smaller and upload it again."),
            code="too_large",
        )
    image_format, (width, height) = inspect(file)
    if image_format not in FORMATS:
        raise ValidationError(
            _("Photos must be JPEG, PNG or WebP images; this one is %(format)s."),
            code="format",
            params={"format": image_format},
        )
    if width * height > MAX_PIXELS:
        raise ValidationError(
            _("The photo has more than 40 megapixels. Export it smaller and upload it again."),
            code="too_many_pixels",
        )
    if width < min_width:
        raise ValidationError(
            _("The photo is %(width)s px wide; photos must be at least %(minimum)s px wide."),
            code="too_narrow",
            params={"width": width, "minimum": min_width},
        )
    decode(file)


def validate_photo(file):
    validate_image(file, MIN_WIDTH)


def validate_qr_code(file):
    validate_image(file, QR_MIN_WIDTH)


def qr_code_path(instance, filename):
    return random_name("channels", instance.wechat_qr.file)


def random_name(folder, file):
    """A random name with the extension of the real format: the uploader's
    file name is never used."""
    image_format, _size = inspect(file)
    return f"{folder}/{uuid.uuid4().hex}.{FORMATS.get(image_format, 'bin')}"


# Where the photo library keeps its files, below the media root.
PHOTO_FOLDER = "photos"


def photo_path(instance, filename):
    return random_name(PHOTO_FOLDER, instance.image.file)


def make_renditions(photo):
    """Renditions at the standard widths up to the photo's own width, each
    as a JPEG (any browser) and a WebP (about a third smaller, for those
    that take it). Either all are made or none is left behind."""
    return _made_from(photo, _all_renditions)


def add_webp(photo):
    """The photo's renditions with a WebP beside each JPEG, for photos kept
    from before WebP renditions were made (manage.py make_webp_renditions)."""
    return _made_from(photo, _webp_beside_jpeg)


def _made_from(photo, make):
    made = []
    try:
        with photo.image.open("rb"), Image.open(photo.image) as original:
            return make(photo, upright_rgb(original), made)
    except BaseException:
        delete_files(photo.image.storage, made)
        raise


def upright_rgb(original):
    """The picture as it is meant to be seen, on white where transparent."""
    image = ImageOps.exif_transpose(original)
    if image.mode != "RGB":
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.convert("RGBA").getchannel("A"))
        image = background
    return image


def _all_renditions(photo, image, made):
    widths = [width for width in RENDITION_WIDTHS if width <= image.width] or [image.width]
    renditions = []
    for width in widths:
        height = round(image.height * width / image.width)
        resized = image.resize((width, height), Image.Resampling.LANCZOS)
        name, size = _save(photo, resized, "JPEG", made)
        renditions.append({"width": width, "height": height, "name": name, "bytes": size})
        _add_webp_file(photo, resized, renditions[-1], made)
    return renditions


def _webp_beside_jpeg(photo, image, made):
    renditions = [dict(rendition) for rendition in photo.renditions]
    for rendition in renditions:
        if "webp" not in rendition:
            resized = image.resize(
                (rendition["width"], rendition["height"]), Image.Resampling.LANCZOS
            )
            _add_webp_file(photo, resized, rendition, made)
    return renditions


def _add_webp_file(photo, resized, rendition, made):
    rendition["webp"], rendition["webp_bytes"] = _save(photo, resized, "WEBP", made)


# Pillow's options for each format: the quality a news photo needs, and for
# JPEG what makes the file smaller at no loss.
SAVE_OPTIONS = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "WEBP": {"quality": 80},
}


def _save(photo, resized, image_format, made):
    """Stores `resized` beside the photo's other renditions: its name and size."""
    buffer = io.BytesIO()
    resized.save(buffer, image_format, **SAVE_OPTIONS[image_format])
    stem = photo.image.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    extension = FORMATS[image_format]
    name = photo.image.storage.save(
        f"{PHOTO_FOLDER}/renditions/{stem}-{resized.width}.{extension}",
        ContentFile(buffer.getvalue()),
    )
    made.append(name)
    return name, buffer.tell()


def stored_files(photo):
    """The names of a photo's original and renditions in its storage."""
    return [
        photo.image.name,
        *(
            name
            for rendition in photo.renditions
            for name in (rendition["name"], rendition.get("webp"))
        ),
    ]


def delete_files(storage, names):
    for name in names:
        if name:
            storage.delete(name)
