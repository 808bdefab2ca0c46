"""What every app's `api.py` builds its open data endpoints from: the viewset, the
pagination, the CSV renderer, the licence and the shared serializer fields.

Each module stands alone: REST_FRAMEWORK names the renderer, which DRF imports while
its views are being defined, so this package imports nothing here.
"""
