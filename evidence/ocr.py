"""OCR of images fetched with a page (licence images), run by the crawler before sealing.

RapidOCR (PP-OCRv4 models shipped inside the rapidocr-onnxruntime wheel) reads
Chinese offline. The text is written into ImageCapture.ocr_text, so the sealer
stores and signs it with the capture. One engine per process: create an
OcrEngine and pass it around; `read_images(page)` without one uses a shared
engine built on first use.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import logging
import threading
import time
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from evidence.crashpoint import reached
from hongdun.clock import utc_now
from hongdun.errors import HongdunError
from hongdun.records import ImageCapture, Incident, PageCapture

log = logging.getLogger(__name__)
MIN_SCORE = 0.5
MAX_SIDE = 2000  # larger images are scaled down first: detection cost grows with area
OCR_THREADS = 1  # onnxruntime threads per inference (one engine, one image at a time)
MAX_PIXELS = 40_000_000  # default: images declaring more are not decoded (setting image_max_pixels)


class OcrUnavailable(HongdunError):
    """The OCR engine could not be loaded (package missing or broken)."""


@dataclass(frozen=True)
class OcrLine:
    """One line of recognised text with its box (x, y, width, height) in image pixels."""

    text: str
    box: tuple[float, float, float, float]
    score: float


class OcrEngine:
    """A lazily created RapidOCR engine; reuse one instance for every image (thread-safe)."""

    def __init__(self) -> None:
        self._engine: Any = None
        self._lock = threading.Lock()  # pipelines call from worker threads
        self.images = 0
        self.seconds = 0.0

    def _load(self) -> Any:
        if self._engine is None:
            try:
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as exc:
                raise OcrUnavailable(f"OCR engine not installed: {exc}") from None
            # One inference thread: OCR then takes at most one core and never spins
            # idle threads, leaving the rest to the browser and the crawl (2-core hosts).
            self._engine = RapidOCR(intra_op_num_threads=OCR_THREADS,
                                    inter_op_num_threads=OCR_THREADS)
        return self._engine

    def lines(self, data: bytes, max_pixels: int = MAX_PIXELS) -> list[OcrLine]:
        """Recognise the text lines of one image (PNG/JPEG/... bytes), top to bottom."""
        image = _prepared(data, max_pixels)
        if image is None:
            return []
        with self._lock:
            started = time.perf_counter()
            result, _ = self._load()(image, use_cls=False)  # licence images are upright
            release_freed_memory()  # the inference's buffers (~250 MB) go back to the system
            self.seconds += time.perf_counter() - started
            self.images += 1
        out = []
        for points, text, score in result or []:
            if float(score) < MIN_SCORE or not str(text).strip():
                continue
            xs = [float(p[0]) for p in points]
            ys = [float(p[1]) for p in points]
            box = (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            out.append(OcrLine(str(text).strip(), box, float(score)))
        out.sort(key=lambda line: (round(line.box[1] / 12), line.box[0]))
        return out

    def text(self, data: bytes, max_pixels: int = MAX_PIXELS) -> str:
        """The recognised text of one image, one line per detected text line."""
        return "\n".join(line.text for line in self.lines(data, max_pixels))


@lru_cache(maxsize=1)
def _malloc_trim() -> Any:
    """glibc's malloc_trim, or None where the C library has none."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def release_freed_memory() -> None:
    """Hand memory freed inside this process back to the system (glibc keeps freed heap
    pages for reuse: after an OCR inference that is a quarter of a gigabyte per process)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def image_size(data: bytes) -> tuple[int, int] | None:
    """The width and height an image declares, read from its header only; None if unreadable.
    Also for an image Pillow refuses to open as a decompression bomb."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            return int(img.width), int(img.height)
    except Image.DecompressionBombError:
        return _bomb_size(data)
    except (UnidentifiedImageError, OSError, ValueError):
        return None


def _bomb_size(data: bytes) -> tuple[int, int] | None:
    """The declared size of an image over Pillow's bomb limit: its format plugin reads the
    header, as Image.open does before the bomb check; no pixel is decoded."""
    from PIL import Image

    Image.preinit()
    for name in Image.ID:
        factory, accept = Image.OPEN[name]
        if accept is not None and not accept(data[:16]):
            continue
        try:
            img = factory(io.BytesIO(data), "")
            return int(img.width), int(img.height)
        except Exception:  # not this format
            continue
    return None


def _prepared(data: bytes, max_pixels: int = MAX_PIXELS) -> Any:
    """The image as an RGB numpy array, scaled to at most MAX_SIDE; None if undecodable
    or if it declares more than max_pixels (checked before decoding: decompression bombs)."""
    import numpy as np
    from PIL import Image, UnidentifiedImageError

    size = image_size(data)
    if size is None or size[0] * size[1] > max_pixels:
        return None
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode already scaled down
            img = img.convert("RGB")
            if max(img.size) > MAX_SIDE:
                scale = MAX_SIDE / max(img.size)
                img = img.resize((int(img.width * scale), int(img.height * scale)))
            return np.asarray(img)[:, :, ::-1].copy()  # RapidOCR expects BGR like OpenCV
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


@lru_cache(maxsize=1)
def shared_engine() -> OcrEngine:
    """The process's one engine for callers that do not pass their own."""
    return OcrEngine()


def read_image(image: ImageCapture, engine: OcrEngine | None = None,
               max_pixels: int = MAX_PIXELS) -> ImageCapture:
    """A copy of image with ocr_text filled ("" when nothing could be read)."""
    if image.ocr_text is not None:
        return image
    if not image.body:
        return replace(image, ocr_text="")
    text = (engine or shared_engine()).text(image.body, max_pixels)
    if not text:
        log.info("ocr: no text read from %s", image.url)
    return replace(image, ocr_text=text)


def read_images(page: PageCapture, engine: OcrEngine | None = None,
                max_pixels: int = MAX_PIXELS) -> PageCapture:
    """A copy of page whose images carry their OCR text; run before sealing. An image
    declaring more than max_pixels is not decoded; the page records why."""
    if not page.images:
        return page
    reached("ocr")
    skipped = []
    for image in page.images:
        size = image_size(image.body) if image.body else None
        if size and size[0] * size[1] > max_pixels:
            skipped.append(Incident("limit", f"image {image.url[:200]} declares "
                                    f"{size[0]}x{size[1]} px, over the {max_pixels} px "
                                    "limit: not decoded, no OCR", utc_now()))
    return replace(page, images=tuple(read_image(i, engine, max_pixels) for i in page.images),
                   incidents=page.incidents + tuple(skipped))
