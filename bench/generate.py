"""Add synthetic, bilingual content at N times the demo size, the same for the same seed
on a fresh database. For benchmarks; never run it on production data.

    python -m bench.generate --scale 100 [--seed 1]
"""

import argparse
import os
import time

import django


def positive(value):
    scale = int(value)
    if scale < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return scale


def main():
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--scale", type=positive, required=True, help="multiple of the demo size")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ina_portal.config.settings")
    django.setup()
    from bench.bulk import generate  # imports the models: only once Django is set up

    started = time.perf_counter()
    bulk = generate(scale=args.scale, seed=args.seed)
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in bulk.created.items())
    print(
        f"Scale {args.scale}, seed {args.seed}: {counts} in {time.perf_counter() - started:.1f} s."
    )


if __name__ == "__main__":
    main()
