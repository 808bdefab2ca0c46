"""The sign language video's upload check (BITV 2.0 Anlage 2 Teil 1: at least 320 × 240
pixels and 25 frames per second), on MP4 and WebM files built here and, with ffmpeg
installed, on files a real encoder wrote."""

import io
import os
import shutil
import subprocess

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from ina_portal.features.pages.video import (
    read_video_facts,
    validate_captions,
    validate_sign_language_video,
)
from tests.pages.videos import mp4, webm


@pytest.fixture(autouse=True)
def _english():
    """The messages are asserted in English; the editor's German is in the catalogue."""
    with translation.override("en"):
        yield


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def messages(error):
    return list(error.value.messages)


@pytest.mark.parametrize("build", [mp4, webm])
def test_a_video_of_the_minimum_size_and_frame_rate_is_accepted(build):
    data = build(width=320, height=240, fps=25, seconds=2)
    extension = build.__name__

    validate_sign_language_video(upload(f"dgs.{extension}", data))
    facts = read_video_facts(io.BytesIO(data))

    assert (facts.container, facts.width, facts.height) == (extension, 320, 240)
    assert facts.frame_rate == pytest.approx(25)
    assert facts.duration == pytest.approx(2)


@pytest.mark.parametrize("build", [mp4, webm])
def test_a_video_below_320_by_240_pixels_is_refused_with_its_size(build):
    data = build(width=300, height=240, fps=25, seconds=1)

    with pytest.raises(ValidationError) as error:
        validate_sign_language_video(upload(f"dgs.{build.__name__}", data))

    assert messages(error) == [
        "The video is 300 × 240 pixels; BITV 2.0 asks for at least 320 × 240 pixels. "
        "Please export it larger."
    ]


def test_the_german_admin_refuses_a_small_video_in_german():
    data = mp4(width=300, height=240, fps=25, seconds=1)

    with translation.override("de"):
        with pytest.raises(ValidationError) as error:
            validate_sign_language_video(upload("dgs.mp4", data))
        shown = messages(error)  # the messages are translated when read

    assert shown == [
        "Das Video hat 300 × 240 Pixel; BITV 2.0 verlangt mindestens 320 × 240 Pixel. "
        "Bitte exportieren Sie es größer."
    ]


@pytest.mark.parametrize("build", [mp4, webm])
def test_a_video_below_25_frames_per_second_is_refused_with_its_rate(build):
    data = build(width=640, height=360, fps=24, seconds=1)

    with pytest.raises(ValidationError) as error:
        validate_sign_language_video(upload(f"dgs.{build.__name__}", data))

    assert messages(error) == [
        "The video has 24 frames per second; BITV 2.0 asks for at least 25, so that hand "
        "shapes and movements stay clear. Please export it at 25 frames per second or more."
    ]


def test_a_webm_without_a_default_frame_duration_or_duration_is_measured_by_its_frames():
    facts = read_video_facts(
        io.BytesIO(
            webm(width=640, height=360, fps=30, seconds=2, default_duration=False, duration=False)
        )
    )

    assert facts.frame_rate == pytest.approx(30, abs=0.1)
    assert facts.duration == pytest.approx(2, abs=0.05)


def test_a_webm_of_too_few_frames_without_a_default_duration_is_refused():
    data = webm(width=640, height=360, fps=15, seconds=2, default_duration=False)

    with pytest.raises(ValidationError, match="15 frames per second"):
        validate_sign_language_video(upload("dgs.webm", data))


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("dgs.avi", b"RIFF....AVI ", "Please upload the video as an .mp4 or .webm file."),
        ("dgs.mp4", b"%PDF-1.7 not a video", "neither an MP4 nor a WebM video"),
        ("dgs.mp4", mp4(width=640, height=360, fps=25, seconds=1)[:288], "has no index"),
        ("dgs.mp4", mp4(width=640, height=360, fps=25, seconds=1)[:-30], "damaged or incomplete"),
        (
            "dgs.webm",
            mp4(width=640, height=360, fps=25, seconds=1),
            "is a MP4 video but named .webm",
        ),
        ("dgs.mp4", b"", "neither an MP4 nor a WebM video"),
    ],
)
def test_a_file_that_is_no_usable_video_is_refused_with_a_clear_message(name, data, message):
    with pytest.raises(ValidationError) as error:
        validate_sign_language_video(upload(name, data))

    assert message in " ".join(messages(error))


def test_an_mp4_without_a_video_track_is_refused():
    data = mp4(width=640, height=360, fps=25, seconds=1).replace(b"vide", b"text")

    with pytest.raises(ValidationError, match="holds no video track"):
        validate_sign_language_video(upload("dgs.mp4", data))


@pytest.mark.parametrize(
    ("data", "valid"),
    [
        (b"WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n", True),
        ("\ufeffWEBVTT - Gebärdensprache\n".encode(), True),
        (b"WEBVTTX\n", False),
        (b"1\n00:00:00,000 --> 00:00:01,000\nSRT\n", False),
        (b"\xff\xfeW\x00", False),
    ],
)
def test_captions_must_be_webvtt(data, valid):
    captions = upload("dgs.vtt", data)
    if valid:
        validate_captions(captions)
    else:
        with pytest.raises(ValidationError, match="WebVTT"):
            validate_captions(captions)


FFMPEG = shutil.which("ffmpeg")


@pytest.fixture
def encode(tmp_path):
    if not FFMPEG:
        if os.environ.get("CI") == "true":
            pytest.fail("ffmpeg is missing, and CI=true: .ci/run installs Debian's ffmpeg.")
        pytest.skip("ffmpeg is not installed (Debian package 'ffmpeg'): no real encoder output.")

    def run(*, size, rate, extension, codec):
        path = tmp_path / f"video.{extension}"
        subprocess.run(
            [
                FFMPEG,
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                f"testsrc=size={size}:rate={rate}:duration=2",
                "-c:v",
                codec,
                "-pix_fmt",
                "yuv420p",
                str(path),
            ],
            check=True,
            timeout=120,
        )
        return upload(path.name, path.read_bytes())

    return run


@pytest.mark.parametrize(("extension", "codec"), [("mp4", "libx264"), ("webm", "libvpx-vp9")])
def test_real_encoder_output_is_measured_and_checked(encode, extension, codec):
    good = encode(size="320x240", rate=25, extension=extension, codec=codec)
    slow = encode(size="640x360", rate=24, extension=extension, codec=codec)

    validate_sign_language_video(good)
    facts = read_video_facts(good)
    assert (facts.width, facts.height) == (320, 240)
    assert facts.frame_rate == pytest.approx(25, abs=0.01)
    assert facts.duration == pytest.approx(2, abs=0.1)
    with pytest.raises(ValidationError, match="24 frames per second"):
        validate_sign_language_video(slow)
