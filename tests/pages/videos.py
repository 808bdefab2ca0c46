"""Small MP4 and WebM files built byte by byte: the container headers a real encoder
writes (sizes, time scales, frame tables), with empty frames. Enough for the upload
checks, which read only the headers; tests/pages/test_video.py checks real encoder
output too when ffmpeg is installed."""

import struct


def box(kind, *payloads):
    payload = b"".join(payloads)
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def full_box(kind, version, *payloads):
    return box(kind, struct.pack(">I", version << 24), *payloads)


def mp4(*, width, height, fps, seconds):
    timescale = fps * 512  # as ffmpeg chooses it: a whole number of ticks per frame
    frames = round(fps * seconds)
    delta = round(timescale / fps)
    visual_entry = (
        b"\0" * 6
        + struct.pack(">H", 1)
        + b"\0" * 16
        + struct.pack(">HH", width, height)
        + b"\0" * 50
    )
    stsd = full_box(b"stsd", 0, struct.pack(">I", 1), box(b"avc1", visual_entry))
    stts = full_box(b"stts", 0, struct.pack(">III", 1, frames, delta))
    mdhd = full_box(b"mdhd", 0, struct.pack(">IIII", 0, 0, timescale, frames * delta), b"\0" * 4)
    hdlr = full_box(b"hdlr", 0, b"\0" * 4, b"vide", b"\0" * 12, b"VideoHandler\0")
    sound = box(b"trak", box(b"mdia", full_box(b"hdlr", 0, b"\0" * 4, b"soun", b"\0" * 13)))
    video = box(b"trak", box(b"mdia", mdhd, hdlr, box(b"minf", box(b"stbl", stsd, stts))))
    return (
        box(b"ftyp", b"isom", struct.pack(">I", 512), b"isomavc1")
        + box(b"mdat", b"\0" * 256)
        + box(b"moov", sound, video)
    )


def ebml_id(number):
    return number.to_bytes((number.bit_length() + 7) // 8, "big")


def ebml_size(size):
    return bytes([0x01]) + size.to_bytes(7, "big")  # an 8-byte size: always fits


def element(number, *payloads):
    payload = b"".join(payloads)
    return ebml_id(number) + ebml_size(len(payload)) + payload


def uint(number, value):
    return element(number, value.to_bytes(4, "big"))


def webm(*, width, height, fps, seconds, default_duration=True, duration=True):
    frames = round(fps * seconds)
    scale = 1_000_000  # timestamps in milliseconds
    info = [uint(0x2AD7B1, scale)]
    if duration:
        info.append(element(0x4489, struct.pack(">d", seconds * 1000)))
    track = [uint(0xD7, 1), uint(0x83, 1), element(0x86, b"V_VP9")]
    if default_duration:
        track.append(uint(0x23E383, round(1e9 / fps)))
    track.append(element(0xE0, uint(0xB0, width), uint(0xBA, height)))
    audio = element(0xAE, uint(0xD7, 2), uint(0x83, 2), element(0x86, b"A_OPUS"))
    blocks = [
        element(0xA3, b"\x81" + struct.pack(">h", round(index * 1000 / fps)) + b"\x80" + b"\0" * 8)
        for index in range(frames)
    ]
    audio_block = element(0xA3, b"\x82" + struct.pack(">h", 0) + b"\x80" + b"\0" * 4)
    cluster = element(0x1F43B675, uint(0xE7, 0), audio_block, *blocks)
    segment = element(
        0x18538067,
        element(0x1549A966, *info),
        element(0x1654AE6B, audio, element(0xAE, *track)),
        cluster,
    )
    header = element(0x1A45DFA3, uint(0x4286, 1), element(0x4282, b"webm"))
    return header + segment
