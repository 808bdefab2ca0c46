"""What an uploaded sign language video is: its container, size, frame rate and running
time, read from the MP4 or WebM headers, and the checks of BITV 2.0 Anlage 2 Teil 1.

Read in Python rather than with ffprobe: nothing outside the portal has to be installed on
the app servers, and no external program parses an uploaded file. Only the headers are
read; the coded frames are skipped.
"""

import struct
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MIN_WIDTH = 320
MIN_HEIGHT = 240
MIN_FRAME_RATE = 25
# A frame rate a hair under 25 (rounding in the container's time base) still counts as 25.
FRAME_RATE_TOLERANCE = 0.05
MAX_VIDEO_BYTES = 500 * 1024 * 1024
MAX_CAPTIONS_BYTES = 1024 * 1024
# The MP4 index (moov box) of a film of a few minutes is well below this.
MAX_MOOV_BYTES = 64 * 1024 * 1024


class VideoError(Exception):
    """The file is not a video this module can read; the message says why, for the editor."""


@dataclass(frozen=True)
class VideoFacts:
    container: str  # "mp4" or "webm"
    width: int
    height: int
    frame_rate: float
    duration: float  # seconds


def read_video_facts(file):
    """The VideoFacts of an MP4 or WebM file (an open file or Django File); VideoError if
    it is neither or has no video track."""
    file.seek(0)
    head = file.read(12)
    file.seek(0)
    try:
        if head[4:8] == b"ftyp":
            return Mp4Reader(file).facts()
        if head[:4] == b"\x1a\x45\xdf\xa3":
            return WebmReader(file).facts()
    except (struct.error, IndexError, ValueError, ZeroDivisionError) as error:
        raise VideoError(_("The video file is damaged or incomplete.")) from error
    finally:
        file.seek(0)
    raise VideoError(_("The file is neither an MP4 nor a WebM video."))


def validate_sign_language_video(value):
    """Refuse what BITV 2.0 Anlage 2 Teil 1 does not allow: below 320 × 240 pixels or
    25 frames per second; and any file that is not an MP4 or WebM video."""
    extension = value.name.rsplit(".", 1)[-1].lower() if "." in value.name else ""
    if extension not in {"mp4", "webm"}:
        raise ValidationError(
            _("Please upload the video as an .mp4 or .webm file."), code="extension"
        )
    if value.size > MAX_VIDEO_BYTES:
        raise ValidationError(
            _("The video is larger than %(limit)s. Please export it with a lower bit rate."),
            code="too_large",
            params={"limit": filesizeformat(MAX_VIDEO_BYTES)},
        )
    try:
        facts = read_video_facts(value)
    except VideoError as error:
        raise ValidationError(
            _("The video cannot be used: %(reason)s"),
            code="unreadable",
            params={"reason": error.args[0]},
        ) from error
    if facts.container != extension:
        raise ValidationError(
            _("The file is a %(container)s video but named .%(extension)s."),
            code="extension_mismatch",
            params={"container": facts.container.upper(), "extension": extension},
        )
    errors = []
    if facts.width < MIN_WIDTH or facts.height < MIN_HEIGHT:
        errors.append(
            ValidationError(
                _(
                    "The video is %(width)s × %(height)s pixels; BITV 2.0 asks for at least "
                    "%(min_width)s × %(min_height)s pixels. Please export it larger."
                ),
                code="too_small",
                params={
                    "width": facts.width,
                    "height": facts.height,
                    "min_width": MIN_WIDTH,
                    "min_height": MIN_HEIGHT,
                },
            )
        )
    if facts.frame_rate + FRAME_RATE_TOLERANCE < MIN_FRAME_RATE:
        errors.append(
            ValidationError(
                _(
                    "The video has %(rate)s frames per second; BITV 2.0 asks for at least "
                    "%(min_rate)s, so that hand shapes and movements stay clear. Please "
                    "export it at %(min_rate)s frames per second or more."
                ),
                code="too_few_frames",
                params={
                    "rate": f"{facts.frame_rate:.2f}".rstrip("0").rstrip("."),
                    "min_rate": MIN_FRAME_RATE,
                },
            )
        )
    if errors:
        raise ValidationError(errors)


def validate_captions(value):
    """A WebVTT file: UTF-8 text that begins with "WEBVTT"."""
    if value.size > MAX_CAPTIONS_BYTES:
        raise ValidationError(
            _("The captions file is larger than %(limit)s."),
            code="too_large",
            params={"limit": filesizeformat(MAX_CAPTIONS_BYTES)},
        )
    value.seek(0)
    data = value.read()
    value.seek(0)
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        text = ""
    if not (text.startswith("WEBVTT") and (len(text) == 6 or text[6] in " \t\r\n")):
        raise ValidationError(
            _("The captions must be a WebVTT file (UTF-8 text beginning with “WEBVTT”)."),
            code="not_webvtt",
        )


class Mp4Reader:
    """ISO base media file format (MP4): the video track's sample description, media
    header and time-to-sample table, inside the moov box."""

    def __init__(self, file):
        self.file = file

    def facts(self):
        moov = self.top_level_box(b"moov")
        if moov is None:
            raise VideoError(_("The MP4 file has no index (moov box)."))
        for trak in boxes(moov, b"trak"):
            mdia = first(trak, b"mdia")
            hdlr = first(mdia, b"hdlr")
            if hdlr is None or hdlr[8:12] != b"vide":
                continue
            return self.video_track(mdia)
        raise VideoError(_("The file holds no video track."))

    def top_level_box(self, wanted):
        file = self.file
        while True:
            header = file.read(8)
            if len(header) < 8:
                return None
            size, kind = struct.unpack(">I4s", header)
            header_size = 8
            if size == 1:
                size = struct.unpack(">Q", file.read(8))[0]
                header_size = 16
            if kind == wanted:
                if size == 0 or size - header_size > MAX_MOOV_BYTES:
                    raise VideoError(_("The MP4 index is too large to read."))
                data = file.read(size - header_size)
                if len(data) < size - header_size:
                    raise ValueError("truncated")
                return data
            if size == 0:
                return None
            if size < header_size:
                raise ValueError("box size")
            file.seek(size - header_size, 1)

    def video_track(self, mdia):
        mdhd = first(mdia, b"mdhd")
        stbl = first(first(mdia, b"minf"), b"stbl")
        stsd = first(stbl, b"stsd")
        stts = first(stbl, b"stts")
        if None in (mdhd, stsd, stts):
            raise VideoError(_("The MP4 file's video track is incomplete."))
        if mdhd[0] == 1:
            timescale, duration = struct.unpack(">IQ", mdhd[20:32])
        else:
            timescale, duration = struct.unpack(">II", mdhd[12:20])
        # The first sample entry: size, format, 6 reserved, data reference index, then
        # the visual sample entry's 16 bytes of predefined and reserved fields.
        width, height = struct.unpack(">HH", stsd[8 + 8 + 8 + 16 : 8 + 8 + 8 + 20])
        (entries,) = struct.unpack(">I", stts[4:8])
        samples = ticks = 0
        for index in range(entries):
            count, delta = struct.unpack(">II", stts[8 + 8 * index : 16 + 8 * index])
            samples += count
            ticks += count * delta
        if not samples or not ticks:
            raise VideoError(
                _("The MP4 file is fragmented (streaming format); please export a plain MP4.")
            )
        return VideoFacts(
            container="mp4",
            width=width,
            height=height,
            frame_rate=samples * timescale / ticks,
            duration=(duration or ticks) / timescale,
        )


def boxes(data, wanted=None):
    """The payloads of the boxes in `data` (of kind `wanted`, or all as (kind, payload))."""
    offset = 0
    while offset + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[offset : offset + 8])
        header_size = 8
        if size == 1:
            size = struct.unpack(">Q", data[offset + 8 : offset + 16])[0]
            header_size = 16
        elif size == 0:
            size = len(data) - offset
        if size < header_size:
            raise ValueError("box size")
        payload = data[offset + header_size : offset + size]
        if wanted is None:
            yield kind, payload
        elif kind == wanted:
            yield payload
        offset += size


def first(data, wanted):
    if data is None:
        return None
    return next(boxes(data, wanted), None)


# Matroska element IDs (with their length marker, as they appear in the file).
EBML_DOCTYPE = 0x4282
SEGMENT = 0x18538067
INFO = 0x1549A966
TIMESTAMP_SCALE = 0x2AD7B1
DURATION = 0x4489
TRACKS = 0x1654AE6B
TRACK_ENTRY = 0xAE
TRACK_NUMBER = 0xD7
TRACK_TYPE = 0x83
DEFAULT_DURATION = 0x23E383
VIDEO = 0xE0
PIXEL_WIDTH = 0xB0
PIXEL_HEIGHT = 0xBA
CLUSTER = 0x1F43B675
CLUSTER_TIMESTAMP = 0xE7
SIMPLE_BLOCK = 0xA3
BLOCK_GROUP = 0xA0
BLOCK = 0xA1
MASTER_ELEMENTS = {SEGMENT, INFO, TRACKS, TRACK_ENTRY, VIDEO, CLUSTER, BLOCK_GROUP}
UNKNOWN = -1


class WebmReader:
    """WebM (Matroska): the video track's pixel size and default frame duration, the
    segment's duration; without a default duration, the frames counted in the clusters."""

    def __init__(self, file):
        self.file = file
        file.seek(0, 2)
        self.end = file.tell()
        file.seek(0)

    def vint(self, keep_marker=False):
        first_byte = self.file.read(1)
        if not first_byte:
            raise EOFError
        value = first_byte[0]
        length = 1
        mask = 0x80
        while length <= 8 and not value & mask:
            mask >>= 1
            length += 1
        if length > 8:
            raise ValueError("vint")
        rest = self.file.read(length - 1)
        if len(rest) < length - 1:
            raise EOFError
        number = value if keep_marker else value & (mask - 1)
        all_ones = (value & (mask - 1)) == mask - 1 and rest == b"\xff" * (length - 1)
        for byte in rest:
            number = (number << 8) | byte
        if not keep_marker and all_ones:
            return UNKNOWN
        return number

    def elements(self, end):
        """(id, size, start of data) of the elements up to `end`; the caller reads or skips."""
        while self.file.tell() < end:
            self.element_begin = self.file.tell()
            try:
                element_id = self.vint(keep_marker=True)
                size = self.vint()
            except EOFError:
                return
            start = self.file.tell()
            yield element_id, size, start
            if element_id in MASTER_ELEMENTS and self.file.tell() > start:
                continue  # the caller walked into it
            if size == UNKNOWN:
                continue
            self.file.seek(start + size)

    def read(self, size):
        data = self.file.read(size)
        if len(data) < size:
            raise EOFError
        return data

    def uint(self, size):
        return int.from_bytes(self.read(size), "big")

    def facts(self):
        doc_type = None
        scale, duration, track = 1_000_000, None, None
        frames, last_timestamp = 0, None
        for element_id, size, start in self.elements(self.end):
            if element_id == 0x1A45DFA3:
                for inner, inner_size, _start in self.elements(start + size):
                    if inner == EBML_DOCTYPE:
                        doc_type = self.read(inner_size).decode("ascii", "replace")
                if doc_type not in {"webm", "matroska"}:
                    raise VideoError(_("The file is neither an MP4 nor a WebM video."))
            elif element_id == SEGMENT:
                segment_end = self.end if size == UNKNOWN else start + size
                for inner, inner_size, inner_start in self.elements(segment_end):
                    if inner == INFO:
                        scale, duration = self.info(inner_start + inner_size, scale)
                    elif inner == TRACKS:
                        track = self.video_track(inner_start + inner_size)
                        if track is None:
                            raise VideoError(_("The file holds no video track."))
                        if track["default_duration"] and duration:
                            break
                    elif inner == CLUSTER and track:
                        cluster_end = (
                            segment_end if inner_size == UNKNOWN else (inner_start + inner_size)
                        )
                        count, timestamp = self.cluster(cluster_end, track["number"])
                        frames += count
                        if timestamp is not None:
                            last_timestamp = timestamp
                break
        if track is None:
            raise VideoError(_("The file holds no video track."))
        if duration is None:
            if last_timestamp is None or not frames:
                raise VideoError(_("The WebM file does not say how long it runs."))
            duration = (last_timestamp * scale / 1e9) * frames / max(frames - 1, 1)
        else:
            duration = duration * scale / 1e9
        if track["default_duration"]:
            frame_rate = 1e9 / track["default_duration"]
        else:
            frame_rate = frames / duration
        return VideoFacts(
            container="webm",
            width=track["width"],
            height=track["height"],
            frame_rate=frame_rate,
            duration=duration,
        )

    def info(self, end, scale):
        duration = None
        for element_id, size, _start in self.elements(end):
            if element_id == TIMESTAMP_SCALE:
                scale = self.uint(size)
            elif element_id == DURATION:
                duration = struct.unpack(">f" if size == 4 else ">d", self.read(size))[0]
        return scale, duration

    def video_track(self, end):
        for element_id, size, start in self.elements(end):
            if element_id != TRACK_ENTRY:
                continue
            entry = {"number": None, "type": None, "default_duration": None}
            entry.update(width=0, height=0)
            for inner, inner_size, inner_start in self.elements(start + size):
                if inner == TRACK_NUMBER:
                    entry["number"] = self.uint(inner_size)
                elif inner == TRACK_TYPE:
                    entry["type"] = self.uint(inner_size)
                elif inner == DEFAULT_DURATION:
                    entry["default_duration"] = self.uint(inner_size)
                elif inner == VIDEO:
                    for pixel, pixel_size, _start in self.elements(inner_start + inner_size):
                        if pixel == PIXEL_WIDTH:
                            entry["width"] = self.uint(pixel_size)
                        elif pixel == PIXEL_HEIGHT:
                            entry["height"] = self.uint(pixel_size)
            if entry["type"] == 1:
                self.file.seek(end)
                return entry
        return None

    def cluster(self, end, track_number):
        """Frames of the track in one cluster, and the timestamp of its last frame."""
        cluster_time, frames, last = 0, 0, None
        for element_id, size, start in self.elements(end):
            if element_id == CLUSTER_TIMESTAMP:
                cluster_time = self.uint(size)
            elif element_id == SIMPLE_BLOCK:
                frames, last = self.block(start + size, track_number, cluster_time, frames, last)
            elif element_id == BLOCK_GROUP:
                for inner, inner_size, inner_start in self.elements(start + size):
                    if inner == BLOCK:
                        frames, last = self.block(
                            inner_start + inner_size, track_number, cluster_time, frames, last
                        )
            elif element_id == CLUSTER:
                # A cluster of unknown size ends where the next one begins.
                self.file.seek(self.element_begin)
                return frames, last
        return frames, last

    def block(self, end, track_number, cluster_time, frames, last):
        number = self.vint()
        (offset,) = struct.unpack(">h", self.read(2))
        self.file.seek(end)
        if number != track_number:
            return frames, last
        return frames + 1, max(last or 0, cluster_time + offset)
